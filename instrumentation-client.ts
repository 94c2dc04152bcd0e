// Runs in the browser before any app code: stops zod probing for eval (`new Function`) when it
// builds a schema. The CSP forbids eval; zod catches the failure, but the browser still reports a
// Content Security Policy violation on every page with a form.
import { z } from "zod";

z.config({ jitless: true });
