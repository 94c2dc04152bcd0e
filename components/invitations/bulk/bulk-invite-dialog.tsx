"use client";
// Invite Members: addresses separated by commas, spaces or lines, one role, teams and an optional
// message; Send Invitations shows what happened to each address (invited, or why not).
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { DomainSeatHint } from "@/components/domains/domain-seat-hint";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { BulkInviteSummary } from "@/lib/actions/invitations/bulk-invite";
import { bulkInviteAction } from "@/lib/actions/invitations/import-server-actions";
import { ROLE_LABELS, assignableRoles, type Role } from "@/lib/permissions";
import { INVITE_MESSAGE_MAX, MAX_BULK_INVITE_EMAILS, bulkInviteSchema, splitEmailList } from "@/lib/validation/invitations";
import { BulkInviteResult } from "./bulk-invite-result";
import { TeamCheckboxes } from "@/components/teams/team-checkboxes";
import type { InviteActionsProps } from "./invite-actions";

interface FormValues {
  emails: string;
  role: Role;
  teamIds: string[];
  message: string;
}

type Props = Omit<InviteActionsProps, "children"> & { open: boolean; onClose: () => void };

export function BulkInviteDialog({ open, onClose, ...props }: Props) {
  // A fresh form each time the dialog opens.
  const [session, setSession] = useState(0);
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent className="max-w-2xl">
        {open ? <BulkInviteForm key={session} {...props} onClose={onClose} onAgain={() => setSession((n) => n + 1)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function BulkInviteForm({ slug, teams, viewer, defaultRole, onClose, onAgain }: Omit<Props, "open"> & { onAgain: () => void }) {
  const roles = assignableRoles(viewer);
  const [summary, setSummary] = useState<BulkInviteSummary | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<FormValues, BulkInviteSummary>({
    schema: bulkInviteSchema,
    defaultValues: { emails: "", role: roles.includes(defaultRole) ? defaultRole : (roles[roles.length - 1] ?? "viewer"), teamIds: [], message: "" },
    action: (values) => bulkInviteAction(slug, values),
    onSuccess: (result) => {
      const sent = result.invited.length;
      if (sent > 0) toast.success(sent === 1 ? "1 invitation sent." : `${sent} invitations sent.`);
      else toast.warning("No invitations were sent.");
      setSummary(result);
    },
  });
  const { register, control, formState } = form;
  const addressCount = splitEmailList(useWatch({ control, name: "emails" }) ?? "").length;

  if (summary) return <BulkInviteResult summary={summary} onAgain={onAgain} onClose={onClose} />;

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Invite Members</DialogTitle>
        <DialogDescription>Each person gets an email invitation and shows as Pending, holding a seat, until they accept.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField
          label="Email addresses"
          required
          hint={`Separate addresses with commas, spaces or new lines (up to ${MAX_BULK_INVITE_EMAILS}). ${addressCount === 1 ? "1 address" : `${addressCount} addresses`}.`}
          error={formState.errors.emails?.message}
        >
          <Textarea rows={5} autoComplete="off" spellCheck={false} placeholder={"jane@company.com, sam@company.com\nalex@company.com"} {...register("emails")} />
        </FormField>
        <DomainSeatHint slug={slug} emails={form.getValues("emails")} />
        <FormField label="Role" required error={formState.errors.role?.message}>
          <NativeSelect controlSize="md" className="w-full sm:w-64" {...register("role")}>
            {roles.map((r) => (
              <option key={r} value={r}>
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
        <FormField label="Message" hint={`Optional plain text, shown in the invitation email as a message from you (up to ${INVITE_MESSAGE_MAX} characters, no links or addresses).`} error={formState.errors.message?.message}>
          <Textarea rows={3} placeholder="Welcome aboard! Here's your invitation to our workspace." {...register("message")} />
        </FormField>
      </DialogBody>
      <FormDialogFooter submitLabel="Send Invitations" pendingLabel="Sending…" onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
