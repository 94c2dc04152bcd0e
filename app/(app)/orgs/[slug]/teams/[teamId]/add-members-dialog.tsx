"use client";
// Add members: search the organization's members by name or email (on the server, 20 at a time),
// pick several — the picks survive new searches — choose their team role and add them at once.
import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TEAM_ROLE_LABELS, TEAM_ROLES } from "@/components/teams/team-display";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { TeamCandidate } from "@/db/queries/teams";
import type { TeamRole } from "@/db/schema/enums";
import { addTeamMembersAction } from "@/lib/actions/teams/server-actions";
import { addTeamMembersSchema } from "@/lib/validation/teams";
import { CandidateList } from "./candidate-list";
import { useCandidateSearch } from "./use-candidate-search";

interface AddValues {
  teamId: string;
  memberIds: string[];
  role: TeamRole;
}

export function AddMembersDialog({
  slug,
  team,
  open,
  onClose,
}: {
  slug: string;
  team: { id: string; name: string };
  open: boolean;
  onClose: () => void;
}) {
  const [submitting, setSubmitting] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(next) => (next || submitting ? undefined : onClose())}>
      <DialogContent className="max-w-xl">
        {/* Mounted only while open: every opening starts with an empty search and selection. */}
        {open ? <AddMembersForm slug={slug} team={team} onClose={onClose} onSubmitting={setSubmitting} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function AddMembersForm({
  slug,
  team,
  onClose,
  onSubmitting,
}: {
  slug: string;
  team: { id: string; name: string };
  onClose: () => void;
  onSubmitting: (submitting: boolean) => void;
}) {
  const router = useRouter();
  const search = useCandidateSearch(slug, team.id);
  const [picked, setPicked] = useState<TeamCandidate[]>([]);
  const { form, onSubmit, formError, pending } = useActionForm<AddValues, { added: number; alreadyInTeam: number }>({
    schema: addTeamMembersSchema,
    defaultValues: { teamId: team.id, memberIds: [], role: "member" },
    action: async (values) => {
      onSubmitting(true);
      try {
        return await addTeamMembersAction(slug, values);
      } finally {
        onSubmitting(false);
      }
    },
    onSuccess: ({ added, alreadyInTeam }, values) => {
      const who = added === 1 ? (picked.find((p) => values.memberIds.includes(p.id))?.name ?? "1 member") : `${added} members`;
      toast.success(
        added === 0
          ? `Everyone you picked is already in ${team.name}.`
          : `Added ${who} to ${team.name}${alreadyInTeam ? ` (${alreadyInTeam} already in the team)` : ""}.`,
      );
      onClose();
      router.refresh();
    },
  });
  const { register, setValue, formState } = form;

  function toggle(candidate: TeamCandidate) {
    const next = picked.some((p) => p.id === candidate.id) ? picked.filter((p) => p.id !== candidate.id) : [...picked, candidate];
    setPicked(next);
    setValue(
      "memberIds",
      next.map((p) => p.id),
      { shouldValidate: formState.isSubmitted },
    );
  }

  const count = picked.length;
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle className="break-words">Add members to {team.name}</DialogTitle>
        <DialogDescription>Search this organization’s members by name or email and pick everyone to add.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField
          label="Search members"
          hint={search.error ? undefined : "Showing up to 20 matches, by name."}
          error={search.error ?? undefined}
        >
          <Input
            type="search"
            value={search.query}
            onChange={(e) => search.setQuery(e.target.value)}
            maxLength={100}
            placeholder="Name or email"
            autoComplete="off"
          />
        </FormField>
        <CandidateList search={search} pickedIds={new Set(picked.map((p) => p.id))} onToggle={toggle} />

        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-700" id="picked-heading">
            Selected ({count})
          </p>
          {count === 0 ? (
            <p className="text-sm text-slate-500">Nobody yet. Tick people in the results above.</p>
          ) : (
            <ul aria-labelledby="picked-heading" className="flex flex-wrap gap-1.5">
              {picked.map((p) => (
                <li
                  key={p.id}
                  className="inline-flex max-w-full items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-2.5 text-sm text-indigo-800"
                >
                  <span className="truncate">{p.name}</span>
                  <button
                    type="button"
                    onClick={() => toggle(p)}
                    aria-label={`Unselect ${p.name}`}
                    className="rounded-full p-0.5 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  >
                    <X className="size-3.5" aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {formState.errors.memberIds?.message ? (
            <p role="alert" className="text-xs font-medium text-red-600">
              {formState.errors.memberIds.message}
            </p>
          ) : null}
        </div>

        <FormField
          label="Team role"
          hint="For everyone added now; people already in the team keep their role."
          error={formState.errors.role?.message}
        >
          <NativeSelect controlSize="md" className="w-full sm:w-56" {...register("role")}>
            {TEAM_ROLES.map((role) => (
              <option key={role} value={role}>
                {TEAM_ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </DialogBody>
      <FormDialogFooter
        submitLabel={count === 0 ? "Add members" : count === 1 ? "Add 1 member" : `Add ${count} members`}
        pendingLabel="Adding…"
        onCancel={onClose}
        pending={pending}
        disabled={count === 0}
        error={formError}
      />
    </form>
  );
}
