"use client";
// Add a domain: its name (checked on the server: not a public email provider, not verified by
// another organization), then the TXT record to publish, with Verify right there.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { addDomainAction, verifyDomainAction } from "@/lib/actions/domains/server-actions";
import { addDomainSchema, DOMAIN_MAX } from "@/lib/validation/domains";
import { TxtRecordPanel } from "./txt-record-panel";

interface Added {
  id: string;
  domain: string;
  recordName: string;
  recordValue: string;
}

export function AddDomainDialog({ slug, open, onOpenChange }: { slug: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const [added, setAdded] = useState<Added | null>(null);
  const close = () => {
    setAdded(null);
    onOpenChange(false);
    router.refresh();
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <DialogContent>{added ? <PublishRecord slug={slug} added={added} onDone={close} /> : <AddDomainForm slug={slug} onCancel={close} onAdded={setAdded} />}</DialogContent>
    </Dialog>
  );
}

function AddDomainForm({ slug, onCancel, onAdded }: { slug: string; onCancel: () => void; onAdded: (added: Added) => void }) {
  const { form, onSubmit, formError, pending } = useActionForm<{ domain: string }, Added>({
    schema: addDomainSchema,
    defaultValues: { domain: "" },
    action: (values) => addDomainAction(slug, values),
    onSuccess: onAdded,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Add a domain</DialogTitle>
        <DialogDescription>Prove your organization controls an email domain, then let people with addresses on it join.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Domain" required hint="e.g. acme.com — public email providers such as gmail.com can't be claimed." error={form.formState.errors.domain?.message}>
          <Input autoComplete="off" spellCheck={false} inputMode="url" placeholder="acme.com" maxLength={DOMAIN_MAX + 10} {...form.register("domain")} />
        </FormField>
      </DialogBody>
      <FormDialogFooter submitLabel="Add domain" pendingLabel="Adding…" onCancel={onCancel} pending={pending} error={formError} />
    </form>
  );
}

function PublishRecord({ slug, added, onDone }: { slug: string; added: Added; onDone: () => void }) {
  const [checking, setChecking] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  async function verify() {
    setChecking(true);
    setReason(null);
    const result = await verifyDomainAction(slug, { domainId: added.id });
    setChecking(false);
    if (!result.ok) return void setReason(result.error);
    if (result.data.status === "verified") {
      toast.success(`${added.domain} is verified.`);
      return onDone();
    }
    setReason(result.data.reason);
  }
  return (
    <>
      <DialogHeader>
        <DialogTitle>Publish the TXT record</DialogTitle>
        <DialogDescription>{added.domain} was added and waits for verification.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-4">
        <TxtRecordPanel domain={added.domain} recordName={added.recordName} recordValue={added.recordValue} />
        {reason ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            Not verified yet: {reason}
          </p>
        ) : null}
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Verify later
        </Button>
        <Button onClick={() => void verify()} disabled={checking}>
          {checking ? "Checking DNS…" : "Verify"}
        </Button>
      </DialogFooter>
    </>
  );
}
