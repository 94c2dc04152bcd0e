"use client";
// Generate or rotate the SCIM token. The new token is shown once, here, with a copy button; when
// rotating, the tokens in use keep working for the grace period chosen so the identity provider
// can be switched over without a gap.
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { issueScimTokenAction } from "@/lib/actions/scim/server-actions";
import { issueScimTokenSchema, SCIM_GRACE_HOURS } from "@/lib/validation/scim";
import { CopyButton } from "./copy-button";

const GRACE_LABELS: Record<(typeof SCIM_GRACE_HOURS)[number], string> = {
  0: "Stop at once",
  1: "1 hour",
  24: "24 hours",
  168: "7 days",
};

type Values = { graceHours: string };

export function IssueTokenDialog({ slug, rotating }: { slug: string; rotating: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<{ token: string; prefix: string } | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<Values, { token: string; prefix: string }>({
    schema: issueScimTokenSchema,
    defaultValues: { graceHours: rotating ? "24" : "0" },
    action: (values) => issueScimTokenAction(slug, values),
    onSuccess: (data) => setIssued({ token: data.token, prefix: data.prefix }),
  });

  function change(next: boolean) {
    setOpen(next);
    if (!next) {
      // The token is gone once the dialog closes: it was never stored.
      if (issued) router.refresh();
      setIssued(null);
      form.reset({ graceHours: rotating ? "24" : "0" });
    }
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <Button type="button" onClick={() => change(true)}>
        <KeyRound className="size-4" aria-hidden="true" />
        {rotating ? "Rotate token" : "Generate token"}
      </Button>
      <DialogContent aria-describedby="issue-token-description">
        <DialogHeader>
          <DialogTitle>{issued ? "Copy your new token" : rotating ? "Rotate the SCIM token" : "Generate a SCIM token"}</DialogTitle>
          <DialogDescription id="issue-token-description">
            {issued
              ? "This is the only time it is shown. Paste it into your identity provider's API token field now."
              : "The identity provider sends it as a bearer token with every request."}
          </DialogDescription>
        </DialogHeader>
        {issued ? (
          <>
            <DialogBody className="space-y-3">
              <label htmlFor="scim-new-token" className="text-sm font-medium text-slate-800">
                SCIM token
              </label>
              <textarea
                id="scim-new-token"
                readOnly
                rows={2}
                value={issued.token}
                onFocus={(e) => e.currentTarget.select()}
                className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-900"
              />
              <div className="flex justify-end">
                <CopyButton value={issued.token} label="Copy the SCIM token" />
              </div>
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                Roster keeps only a hash of it. If it is lost, rotate the token again.
              </p>
            </DialogBody>
            <DialogFooter>
              <Button type="button" onClick={() => change(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <DialogBody>
              {rotating ? (
                <FormField
                  label="Keep the current token working for"
                  hint="Until then both tokens work, so you can update the identity provider without a gap."
                  error={form.formState.errors.graceHours?.message}
                >
                  <NativeSelect controlSize="md" className="w-full" {...form.register("graceHours")}>
                    {SCIM_GRACE_HOURS.map((hours) => (
                      <option key={hours} value={hours}>
                        {GRACE_LABELS[hours]}
                      </option>
                    ))}
                  </NativeSelect>
                </FormField>
              ) : (
                <p className="text-sm text-slate-700">A new token is created and shown once. Only its hash is stored.</p>
              )}
            </DialogBody>
            <FormDialogFooter
              submitLabel={rotating ? "Rotate token" : "Generate token"}
              pendingLabel="Generating…"
              onCancel={() => change(false)}
              pending={pending}
              error={formError}
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
