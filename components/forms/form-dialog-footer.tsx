// The form kit's dialog footer: the form-level error, then Cancel and the submit button, which
// says it is working while the action runs. Every form dialog ends with it.
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-field";

export function FormDialogFooter({
  submitLabel,
  pendingLabel = "Saving…",
  cancelLabel = "Cancel",
  onCancel,
  pending,
  disabled = false,
  error,
  variant = "primary",
}: {
  submitLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  onCancel: () => void;
  pending: boolean;
  /** E.g. while the form's data loads, or when the action is not allowed. */
  disabled?: boolean;
  error?: string | null;
  variant?: ButtonVariant;
}) {
  return (
    <>
      {error ? (
        <div className="border-t border-slate-200 px-6 pt-4">
          <FormError message={error} />
        </div>
      ) : null}
      <DialogFooter className={error ? "border-t-0" : undefined}>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
        <Button type="submit" variant={variant} disabled={pending || disabled}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </DialogFooter>
    </>
  );
}
