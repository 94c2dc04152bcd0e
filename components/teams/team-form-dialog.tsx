"use client";
// The Create team and Edit team modals: name and description, validated in the browser with the
// same zod schema the server action parses, showing the server's field errors inline.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormError, FormField } from "@/components/ui/form-field";
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
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TeamFormValues>({
    resolver: zodResolver(editing ? updateTeamSchema : createTeamSchema) as unknown as Resolver<TeamFormValues>,
    defaultValues: defaultsFor(state),
  });
  const { register, setError, formState } = form;

  async function submit(values: TeamFormValues) {
    setFormError(null);
    onSubmitting(true);
    const input = { ...values, description: values.description ?? "" };
    const result = await (state.mode === "edit" ? updateTeamAction(slug, input) : createTeamAction(slug, input)).finally(() =>
      onSubmitting(false),
    );
    if (result.ok) {
      toast.success(editing ? `Team “${result.data.name}” has been updated.` : `Team “${result.data.name}” has been created.`);
      onClose();
      if (editing) router.refresh();
      else router.push(teamHref(slug, result.data.id));
      return;
    }
    let placed = false;
    for (const field of ["name", "description"] as const) {
      const message = result.fieldErrors?.[field]?.[0];
      if (message) {
        setError(field, { message });
        placed = true;
      }
    }
    if (!placed) setFormError(result.error);
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate className="flex min-h-0 flex-1 flex-col">
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
        <FormError message={formError} />
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : editing ? "Save changes" : "Create team"}
        </Button>
      </DialogFooter>
    </form>
  );
}
