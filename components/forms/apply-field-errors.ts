// Puts a failed action's field errors on the form's own fields (focusing the first) and returns
// the message to show above the form when none of them belongs to a field.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/errors";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

export function applyFieldErrors<V extends FieldValues>(form: UseFormReturn<V>, result: ActionFailure): string | null {
  let placed = false;
  const fields = Object.keys(form.getValues());
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    // "teamIds.2" is about the teamIds field.
    const field = path.split(".")[0]!;
    if (fields.includes(field) && messages?.[0]) {
      form.setError(field as Path<V>, { message: messages[0] }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : result.error;
}
