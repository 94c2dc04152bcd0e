"use client";
// Change role and teams of a pending invitation. The roles offered are those the signed-in member
// may invite with (the server applies the same rule); server field errors show under the field.
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { InvitationListRow } from "@/db/queries/invitations";
import type { TeamOption } from "@/db/queries/teams";
import { updateInvitationAction } from "@/lib/actions/invitations/server-actions";
import { TeamCheckboxes } from "@/components/teams/team-checkboxes";
import { ROLES, ROLE_LABELS, assignableRoles, type Actor, type Role } from "@/lib/permissions";

interface Values {
  role: Role;
  teamIds: string[];
}

export function EditInvitationDialog({
  slug,
  viewer,
  teams,
  invitation,
  onClose,
  onSaved,
}: {
  slug: string;
  viewer: Actor;
  teams: TeamOption[];
  invitation: InvitationListRow | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <Dialog open={invitation !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-w-md">
        {invitation ? <EditInvitationForm key={invitation.id} {...{ slug, viewer, teams, invitation, onClose, onSaved }} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function EditInvitationForm({
  slug,
  viewer,
  teams,
  invitation,
  onClose,
  onSaved,
}: {
  slug: string;
  viewer: Actor;
  teams: TeamOption[];
  invitation: InvitationListRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const roles = assignableRoles(viewer);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { role: invitation.role, teamIds: invitation.teams.map((t) => t.id) } });
  const { register, control, formState, setError } = form;

  async function submit(values: Values) {
    setFormError(null);
    const result = await updateInvitationAction(slug, { invitationId: invitation.id, ...values });
    if (result.ok) {
      toast.success(`Invitation to ${invitation.email} updated.`);
      onSaved();
      return;
    }
    let placed = false;
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      const field = path.split(".")[0];
      if ((field === "role" || field === "teamIds") && messages?.[0]) {
        setError(field, { message: messages[0] });
        placed = true;
      }
    }
    if (!placed) setFormError(result.error);
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Change invitation</DialogTitle>
        <DialogDescription className="break-words">
          Choose the role and teams <span className="font-medium text-slate-800">{invitation.email}</span> gets on accepting.
          The link already sent keeps working.
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Role" required error={formState.errors.role?.message}>
          <NativeSelect controlSize="md" className="w-full" {...register("role")}>
            {ROLES.filter((r) => roles.includes(r) || r === invitation.role).map((r) => (
              <option key={r} value={r} disabled={!roles.includes(r)}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Controller
          control={control}
          name="teamIds"
          render={({ field }) => <TeamCheckboxes teams={teams} value={field.value} onChange={field.onChange} error={formState.errors.teamIds?.message} />}
        />
        <FormError message={formError} />
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save changes"}
        </Button>
      </DialogFooter>
    </form>
  );
}
