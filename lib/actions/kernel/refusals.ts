// How handlers refuse, and how whatever they throw becomes a typed result: a refusal carries its
// code and the rule's reason to the user; a unique violation is a conflict; anything else is
// logged and answered with a generic message — so if anything throws, the caller is denied.
import "server-only";
import { isUniqueViolation } from "@/db/transaction";
import { ActionError, fail, type ActionResult, type ErrorCode, type FieldErrors } from "@/lib/errors";

/** Ends the action with `code` and `message` (and field errors for the form). */
export function refuse(code: ErrorCode, message: string, fieldErrors?: FieldErrors): never {
  throw new ActionError(code, message, fieldErrors);
}

/** Ends the action with `message`, shown on the form's `field` too. */
export function refuseField(code: ErrorCode, field: string, message: string): never {
  throw new ActionError(code, message, { [field]: [message] });
}

/** Ends the action with the rule's reason when the rule forbids it (a rule returns null when it allows). */
export function refuseUnless(verdict: string | null, code: "forbidden" | "invalid_input" = "forbidden"): void {
  if (verdict) refuse(code, verdict);
}

/** The typed result for anything a wrapper caught. `label` names the path in the server log. */
export function toFailure(error: unknown, label = "action"): ActionResult<never> {
  if (error instanceof ActionError) return fail(error.code, error.message, error.fieldErrors);
  if (isUniqueViolation(error)) {
    return fail("conflict", "That conflicts with an existing record. Refresh and try again.");
  }
  console.error(`[${label}] unexpected error`, error instanceof Error ? error.message : error);
  return fail("internal", "Something went wrong. Please try again.");
}
