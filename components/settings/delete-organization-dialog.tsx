"use client";
// Delete the organization: confirm it's you (emailed code or a recent sign-in) and type the slug;
// on success the organization is gone and the browser goes to "/".
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-field";
import { deleteOrganizationAction } from "@/lib/actions/organizations/server-actions";
import { REAUTH_CODE_LENGTH, deleteOrganizationSchema } from "@/lib/validation/organizations";
import { applyFieldErrors } from "./apply-field-errors";
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
  const [formError, setFormError] = useState<string | null>(null);
  const recent = useRecentSignIn(recentSignInSeconds);
  const empty: Values = { code: "", confirmSlug: "" };
  const form = useForm<Values>({ resolver: zodResolver(deleteOrganizationSchema) as unknown as Resolver<Values>, defaultValues: empty });
  const { register, handleSubmit, formState, control, reset } = form;
  const [code, confirmSlug] = useWatch({ control, name: ["code", "confirmSlug"] });
  const ready = typedSlugMatches(confirmSlug, slug) && (recent || (code ?? "").trim().length === REAUTH_CODE_LENGTH);

  function openChange(next: boolean) {
    if (formState.isSubmitting) return;
    setOpen(next);
    setFormError(null);
    if (!next) reset(empty);
  }

  async function submit(values: Values) {
    setFormError(null);
    const result = await deleteOrganizationAction(slug, values);
    if (!result.ok) {
      setFormError(applyFieldErrors(form, result));
      return;
    }
    toast.success(`${organizationName} has been deleted.`);
    router.replace("/");
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <Button variant="danger" onClick={() => openChange(true)}>
        Delete organization…
      </Button>
      <DialogContent>
        <form onSubmit={handleSubmit(submit)} noValidate className="flex min-h-0 flex-1 flex-col">
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
            <FormError message={formError} />
          </DialogBody>
          <DialogFooter>
            <Button variant="secondary" onClick={() => openChange(false)} disabled={formState.isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={!ready || formState.isSubmitting}>
              {formState.isSubmitting ? "Deleting…" : "Delete organization"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
