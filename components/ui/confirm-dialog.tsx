"use client";
// Confirmation dialog (Radix AlertDialog) for destructive or irreversible actions. The confirm
// button runs `onConfirm`; the dialog stays open (busy) until it settles and closes on success.
import { AlertDialog } from "radix-ui";
import { useState, type ReactNode } from "react";
import { buttonClasses, type ButtonVariant } from "./button";
import { FormError } from "./form-field";
import { useReturnFocus } from "./return-focus";

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  dismissLabel = "Cancel",
  variant = "danger",
  confirmDisabled = false,
  onConfirm,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  /** Name the dismiss button for what it keeps when "Cancel" would be ambiguous ("Keep invitation"). */
  dismissLabel?: string;
  variant?: ButtonVariant;
  /** E.g. until a typed confirmation matches. */
  confirmDisabled?: boolean;
  /** Resolves to an error message to show, or null when done. */
  onConfirm: () => Promise<string | null>;
  children?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focus = useReturnFocus({});

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const failure = await onConfirm();
      if (failure) setError(failure);
      else onOpenChange(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        setError(null);
        onOpenChange(next);
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40 backdrop-blur-[1px]" />
        <AlertDialog.Content {...focus} className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border border-slate-200 bg-white p-6 shadow-xl focus:outline-none">
          <AlertDialog.Title className="text-lg font-semibold break-words text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm break-words text-slate-600">{description}</AlertDialog.Description>
          {children ? <div className="mt-4">{children}</div> : null}
          <div className="mt-4">
            <FormError message={error} />
          </div>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClasses("secondary")} disabled={busy}>
              {dismissLabel}
            </AlertDialog.Cancel>
            <button
              type="button"
              className={buttonClasses(variant)}
              disabled={busy || confirmDisabled}
              onClick={(event) => {
                event.preventDefault();
                void confirm();
              }}
            >
              {busy ? "Working…" : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
