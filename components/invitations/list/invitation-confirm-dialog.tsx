"use client";
// Confirmation for an invitation action (Radix AlertDialog). Unlike the generic confirm dialog its
// dismiss button is named for what it keeps ("Keep invitation"), so it never reads "Cancel" next
// to "Cancel invitation". Stays open and busy until the action settles; closes on success.
import { AlertDialog } from "radix-ui";
import { useState, type ReactNode } from "react";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";

export function InvitationConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  dismissLabel,
  variant,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  dismissLabel: string;
  variant: ButtonVariant;
  /** Resolves to an error message to show, or null when done. */
  onConfirm: () => Promise<string | null>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border border-slate-200 bg-white p-6 shadow-xl focus:outline-none">
          <AlertDialog.Title className="text-lg font-semibold break-words text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm break-words text-slate-600">{description}</AlertDialog.Description>
          {error ? (
            <div className="mt-4">
              <FormError message={error} />
            </div>
          ) : null}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClasses("secondary")} disabled={busy}>
              {dismissLabel}
            </AlertDialog.Cancel>
            <button
              type="button"
              className={buttonClasses(variant)}
              disabled={busy}
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
