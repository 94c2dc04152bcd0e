"use client";
// Invite to team: pick one member of the organization (the Add members search) and a team role;
// they are asked in their bell and by email, and join only if they accept. Offered to the team's
// Maintainers and to those who manage teams (the server checks it again).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TEAM_ROLE_LABELS, TEAM_ROLES } from "@/components/teams/team-display";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { TeamCandidate } from "@/db/queries/teams";
import type { TeamRole } from "@/db/schema/enums";
import { inviteToTeamAction } from "@/lib/actions/teams/server-actions";
import { inviteToTeamSchema } from "@/lib/validation/notifications";
import { CandidateList } from "./candidate-list";
import { useCandidateSearch } from "./use-candidate-search";

interface InviteValues {
  teamId: string;
  memberId: string;
  teamRole: TeamRole;
}

export function InviteToTeamDialog({ slug, team, open, onClose }: { slug: string; team: { id: string; name: string }; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent className="max-w-xl">{open ? <InviteForm slug={slug} team={team} onClose={onClose} /> : null}</DialogContent>
    </Dialog>
  );
}

function InviteForm({ slug, team, onClose }: { slug: string; team: { id: string; name: string }; onClose: () => void }) {
  const router = useRouter();
  const search = useCandidateSearch(slug, team.id);
  const [picked, setPicked] = useState<TeamCandidate | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<InviteValues, { id: string }>({
    schema: inviteToTeamSchema,
    defaultValues: { teamId: team.id, memberId: "", teamRole: "member" },
    action: (values) => inviteToTeamAction(slug, values),
    onSuccess: () => {
      toast.success(`Invited ${picked?.name ?? "them"} to ${team.name}. They join when they accept.`);
      onClose();
      router.refresh();
    },
  });

  function toggle(candidate: TeamCandidate) {
    const next = picked?.id === candidate.id ? null : candidate;
    setPicked(next);
    form.setValue("memberId", next?.id ?? "", { shouldValidate: form.formState.isSubmitted });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle className="break-words">Invite to {team.name}</DialogTitle>
        <DialogDescription>Pick a member of this organization. They are asked in their notifications and by email, and join if they accept.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Search members" hint={search.error ? undefined : "Showing up to 20 matches, by name."} error={search.error ?? undefined}>
          <Input type="search" value={search.query} onChange={(e) => search.setQuery(e.target.value)} maxLength={100} placeholder="Name or email" autoComplete="off" />
        </FormField>
        <CandidateList search={search} pickedIds={new Set(picked ? [picked.id] : [])} onToggle={toggle} />
        <p className="text-sm text-slate-700" role="status">
          {picked ? (
            <>
              Inviting <strong className="font-medium">{picked.name}</strong>
            </>
          ) : (
            "Nobody picked yet."
          )}
        </p>
        {form.formState.errors.memberId ? (
          <p role="alert" className="text-xs font-medium text-red-600">
            {form.formState.errors.memberId.message === "Choose a member" ? "Pick someone to invite" : form.formState.errors.memberId.message}
          </p>
        ) : null}
        <FormField label="Team role" error={form.formState.errors.teamRole?.message}>
          <NativeSelect controlSize="md" {...form.register("teamRole")}>
            {TEAM_ROLES.map((role) => (
              <option key={role} value={role}>
                {TEAM_ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </DialogBody>
      <FormDialogFooter submitLabel="Send invitation" pendingLabel="Sending…" onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
