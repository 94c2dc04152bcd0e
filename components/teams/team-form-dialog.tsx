"use client";
// The Create team and Edit team modals: name and description, validated in the browser with the
// same zod schema the server action parses, showing the server's field errors inline.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
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
import { Textarea } from "@/components/ui/textarea";
import { createTeamAction, updateTeamAction } from "@/lib/actions/teams/server-actions";
import { createTeamSchema, TEAM_DESCRIPTION_MAX, TEAM_NAME_MAX, updateTeamSchema } from "@/lib/validation/teams";
import { teamHref } from "./team-display";

interface TeamFormValues {
  teamId?: string;
  name: string;
  description: string;
}

/** Closed, creating a new team, or editing this one. */
export type TeamFormState =
  { mode: "closed" } | { mode: "create" } | { mode: "edit"; team: { id: string; name: string; description: string | null } };

function defaultsFor(state: TeamFormState): TeamFormValues {
  if (state.mode === "edit") return { teamId: state.team.id, name: state.team.name, description: state.team.description ?? "" };
  return { name: "", description: "" };
}

export function TeamFormDialog({ slug, state, onClose }: { slug: string; state: TeamFormState; onClose: () => void }) {
  const [submitting, setSubmitting] = useState(false);
  return (
    <Dialog open={state.mode !== "closed"} onOpenChange={(next) => (next || submitting ? undefined : onClose())}>
      <DialogContent>
        {/* Mounted only while open: every opening starts from a fresh form. */}
        {state.mode === "closed" ? null : <TeamForm slug={slug} state={state} onClose={onClose} onSubmitting={setSubmitting} />}
      </DialogContent>
    </Dialog>
  );
}

function TeamForm({
  slug,
  state,
  onClose,
  onSubmitting,
}: {
  slug: string;
  state: Exclude<TeamFormState, { mode: "closed" }>;
  onClose: () => void;
  onSubmitting: (submitting: boolean) => void;
}) {
  const router = useRouter();
  const editing = state.mode === "edit";
  const { form, onSubmit, formError, pending } = useActionForm<TeamFormValues, { id: string; name: string }>({
    schema: editing ? updateTeamSchema : createTeamSchema,
    defaultValues: defaultsFor(state),
    action: async (values) => {
      onSubmitting(true);
      const input = { ...values, description: values.description ?? "" };
      try {
        return await (editing ? updateTeamAction(slug, input) : createTeamAction(slug, input));
      } finally {
        onSubmitting(false);
      }
    },
    onSuccess: (team) => {
      toast.success(editing ? `Team “${team.name}” has been updated.` : `Team “${team.name}” has been created.`);
      onClose();
      if (editing) router.refresh();
      else router.push(teamHref(slug, team.id));
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>{editing ? "Edit team" : "Create team"}</DialogTitle>
        <DialogDescription>
          {editing
            ? "Rename the team or change what it is for. Its members stay as they are."
            : "Group members who work together. You can add members once the team exists."}
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Team name" required error={formState.errors.name?.message}>
          <Input autoComplete="off" maxLength={TEAM_NAME_MAX + 20} placeholder="e.g. Platform" {...register("name")} />
        </FormField>
        <FormField
          label="Description"
          hint={`Optional. Up to ${TEAM_DESCRIPTION_MAX} characters.`}
          error={formState.errors.description?.message}
        >
          <Textarea
            rows={3}
            maxLength={TEAM_DESCRIPTION_MAX + 50}
            placeholder="What the team works on"
            {...register("description")}
          />
        </FormField>
      </DialogBody>
      <FormDialogFooter submitLabel={editing ? "Save changes" : "Create team"} onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
