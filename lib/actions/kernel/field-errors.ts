// Input that failed its zod schema, as the field errors forms place under their fields (by dotted
// path; "_form" for the input as a whole). The form kit (components/forms/apply-field-errors.ts) puts them there.
import type { z } from "zod";
import { fail, type ActionResult, type FieldErrors } from "@/lib/errors";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** The result for input that failed its schema. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  return fail("invalid_input", "Please correct the highlighted fields.", fieldErrorsOf(error));
}
