"use client";
// Confirms deleting a team, naming it and how many members it has: the members stay.
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteTeamAction } from "@/lib/actions/teams/server-actions";
import { memberCountLabel } from "./team-display";

export interface DeletableTeam {
  id: string;
  name: string;
  memberCount: number;
}

export function DeleteTeamDialog({
  slug,
  team,
  onClose,
  onDeleted,
}: {
  slug: string;
  /** The team to confirm; null keeps the dialog closed. */
  team: DeletableTeam | null;
  onClose: () => void;
  /** After the team is gone (e.g. leave its page); the list refreshes by default. */
  onDeleted?: () => void;
}) {
  const router = useRouter();
  const count = team?.memberCount ?? 0;
  return (
    <ConfirmDialog
      open={team !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Delete team “${team?.name ?? ""}”?`}
      description={
        count === 0
          ? "The team has no members. Deleting it can’t be undone."
          : `The team and its ${memberCountLabel(count)} will be deleted. The ${count === 1 ? "member stays" : "members stay"} in the organization and in their other teams. This can’t be undone.`
      }
      confirmLabel="Delete team"
      onConfirm={async () => {
        if (!team) return null;
        const result = await deleteTeamAction(slug, { teamId: team.id });
        if (!result.ok) return result.error;
        toast.success(`Team “${team.name}” has been deleted.`);
        if (onDeleted) onDeleted();
        else router.refresh();
        return null;
      }}
    />
  );
}
