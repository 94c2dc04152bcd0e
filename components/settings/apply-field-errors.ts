// Puts an action's field errors on the form's fields; returns the message to show above the
// form when none of them belongs to a field (or the failure was not about input).
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/errors";

export function applyFieldErrors<V extends FieldValues>(form: UseFormReturn<V>, result: Extract<ActionResult<unknown>, { ok: false }>): string | null {
  let placed = false;
  const fields = Object.keys(form.getValues());
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const field = path.split(".")[0]!;
    if (fields.includes(field) && messages?.[0]) {
      form.setError(field as Path<V>, { message: messages[0] }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : result.error;
}
