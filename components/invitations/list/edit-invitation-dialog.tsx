"use client";
// Change role and teams of a pending invitation. The roles offered are those the signed-in member
// may invite with (the server applies the same rule); the form kit puts server field errors under
// their field.
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { InvitationListRow } from "@/db/queries/invitations";
import type { TeamOption } from "@/db/queries/teams";
import { updateInvitationAction } from "@/lib/actions/invitations/server-actions";
import { invitationChangeSchema } from "@/lib/validation/invitations";
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
  const { form, onSubmit, formError, pending } = useActionForm<Values, unknown>({
    schema: invitationChangeSchema,
    defaultValues: { role: invitation.role, teamIds: invitation.teams.map((t) => t.id) },
    action: (values) => updateInvitationAction(slug, { invitationId: invitation.id, ...values }),
    onSuccess: () => {
      toast.success(`Invitation to ${invitation.email} updated.`);
      onSaved();
    },
  });
  const { register, control, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
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
      </DialogBody>
      <FormDialogFooter submitLabel="Save changes" onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
