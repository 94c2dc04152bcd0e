// Auth.js endpoints: sign-in callbacks (the magic link lands here), session, sign-out, CSRF.
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
