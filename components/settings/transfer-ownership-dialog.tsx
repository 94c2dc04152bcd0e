"use client";
// Transfer ownership: pick an active Admin, confirm it's you (emailed code or a recent sign-in),
// type the slug. The server checks all of it again in one transaction.
import { AlertTriangle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DisabledReason } from "@/components/ui/tooltip";
import { transferOwnershipAction } from "@/lib/actions/organizations/server-actions";
import { REAUTH_CODE_LENGTH, transferOwnershipSchema } from "@/lib/validation/organizations";
import { ReauthCodeField, useRecentSignIn } from "./reauth-code-field";
import { TypedSlugField, typedSlugMatches } from "./typed-slug-field";

type Values = { memberId: string; code: string; confirmSlug: string };
export interface TransferCandidate {
  id: string;
  name: string;
  email: string;
}

export function TransferOwnershipDialog({
  slug,
  organizationName,
  candidates,
  email,
  recentSignInSeconds,
}: {
  slug: string;
  organizationName: string;
  candidates: TransferCandidate[];
  email: string;
  recentSignInSeconds: number;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const recent = useRecentSignIn(recentSignInSeconds);
  const empty: Values = { memberId: "", code: "", confirmSlug: "" };
  const { form, onSubmit, formError, setFormError, pending } = useActionForm<Values, unknown>({
    schema: transferOwnershipSchema,
    defaultValues: empty,
    action: (values) => transferOwnershipAction(slug, values),
    onSuccess: (_data, values) => {
      const newOwner = candidates.find((c) => c.id === values.memberId);
      toast.success(`${newOwner?.name ?? "The Admin"} is now the Owner of ${organizationName}. You are now an Admin.`);
      setOpen(false);
      router.refresh();
    },
  });
  const { register, formState, control, reset } = form;
  const [memberId, code, confirmSlug] = useWatch({ control, name: ["memberId", "code", "confirmSlug"] });
  const ready = Boolean(memberId) && typedSlugMatches(confirmSlug, slug) && (recent || (code ?? "").trim().length === REAUTH_CODE_LENGTH);

  function openChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setFormError(null);
    if (!next) reset(empty);
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <DisabledReason reason={candidates.length ? null : "There is no active Admin to transfer to. Make a member an Admin first."}>
        <Button variant="danger" onClick={() => openChange(true)} disabled={candidates.length === 0}>
          Transfer ownership…
        </Button>
      </DisabledReason>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <DialogHeader>
            <DialogTitle>Transfer ownership</DialogTitle>
            <DialogDescription>
              Hand {organizationName} to one of its Admins. They become the Owner and get an email; you become an Admin.
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-5">
            <p className="flex gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
              <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              You can&apos;t undo this yourself: only an Owner can transfer ownership.
            </p>
            <FormField label="New owner" required error={formState.errors.memberId?.message} hint="Only active Admins can become the Owner.">
              <NativeSelect controlSize="md" className="w-full" {...register("memberId")}>
                <option value="">Choose an Admin…</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.email})
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <ReauthCodeField slug={slug} purpose="transfer_ownership" email={email} recentSignIn={recent} error={formState.errors.code?.message} inputProps={register("code")} />
            <TypedSlugField slug={slug} error={formState.errors.confirmSlug?.message} inputProps={register("confirmSlug")} />
          </DialogBody>
          <FormDialogFooter
            submitLabel="Transfer ownership"
            pendingLabel="Transferring…"
            variant="danger"
            onCancel={() => openChange(false)}
            pending={pending}
            disabled={!ready}
            error={formError}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
