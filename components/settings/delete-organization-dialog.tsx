"use client";
// Delete the organization: confirm it's you (emailed code or a recent sign-in) and type the slug;
// on success the organization is gone and the browser goes to "/".
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { deleteOrganizationAction } from "@/lib/actions/organizations/server-actions";
import { REAUTH_CODE_LENGTH, deleteOrganizationSchema } from "@/lib/validation/organizations";
import { ReauthCodeField, useRecentSignIn } from "./reauth-code-field";
import { TypedSlugField, typedSlugMatches } from "./typed-slug-field";

type Values = { code: string; confirmSlug: string };

export function DeleteOrganizationDialog({
  slug,
  organizationName,
  email,
  recentSignInSeconds,
}: {
  slug: string;
  organizationName: string;
  email: string;
  recentSignInSeconds: number;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const recent = useRecentSignIn(recentSignInSeconds);
  const empty: Values = { code: "", confirmSlug: "" };
  const { form, onSubmit, formError, setFormError, pending } = useActionForm<Values, unknown>({
    schema: deleteOrganizationSchema,
    defaultValues: empty,
    action: (values) => deleteOrganizationAction(slug, values),
    onSuccess: () => {
      toast.success(`${organizationName} has been deleted.`);
      router.replace("/");
    },
  });
  const { register, formState, control, reset } = form;
  const [code, confirmSlug] = useWatch({ control, name: ["code", "confirmSlug"] });
  const ready = typedSlugMatches(confirmSlug, slug) && (recent || (code ?? "").trim().length === REAUTH_CODE_LENGTH);

  function openChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setFormError(null);
    if (!next) reset(empty);
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <Button variant="danger" onClick={() => openChange(true)}>
        Delete organization…
      </Button>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <DialogHeader>
            <DialogTitle>Delete {organizationName}?</DialogTitle>
            <DialogDescription>
              This permanently deletes the organization with its members, teams, invitations and activity log. People keep their
              Roster accounts. This can&apos;t be undone.
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-5">
            <ReauthCodeField slug={slug} purpose="delete_organization" email={email} recentSignIn={recent} error={formState.errors.code?.message} inputProps={register("code")} />
            <TypedSlugField slug={slug} error={formState.errors.confirmSlug?.message} inputProps={register("confirmSlug")} />
          </DialogBody>
          <FormDialogFooter
            submitLabel="Delete organization"
            pendingLabel="Deleting…"
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
