"use client";
// The Invitations view's bulk Remove, in the table's selection bar: the ticked invitations, or all
// matching the filters, confirmed in a dialog that says which of them go (declined, expired,
// cancelled) and which stay; the toast then says what the server removed and kept.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { TableSelection } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { InvitationListRow } from "@/db/queries/invitations";
import { removeInvitationsAction } from "@/lib/actions/invitations/server-actions";
import { whyCannotInviteAs } from "@/lib/members/rules";
import type { Actor } from "@/lib/permissions";
import type { InvitationStatusFilter } from "@/lib/validation/invitations-search";
import { REMOVABLE } from "./invitation-display";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function RemoveInvitationsButton({
  slug,
  viewer,
  selection,
  rows,
  filter,
}: {
  slug: string;
  viewer: Actor;
  selection: TableSelection;
  /** This page's rows (the ticked ones among them). */
  rows: InvitationListRow[];
  /** The view's filters, for "all matching". */
  filter: { status: InvitationStatusFilter; q: string };
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const ticked = rows.filter((row) => selection.ids.includes(row.id));
  const removable = ticked.filter((row) => REMOVABLE.includes(row.status) && whyCannotInviteAs(viewer, row.role) === null).length;
  const kept = ticked.length - removable;
  const nothing = !selection.allMatching && removable === 0;

  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={nothing} aria-describedby={nothing ? "remove-invitations-why" : undefined}>
        Remove…
      </Button>
      {nothing ? (
        <span id="remove-invitations-why" className="text-xs text-slate-600">
          Only declined, expired and cancelled invitations can be removed.
        </span>
      ) : null}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={selection.allMatching ? "Remove the invitations matching the filters?" : `Remove ${plural(removable, "invitation")}?`}
        description={
          selection.allMatching ? (
            <>
              Every declined, expired and cancelled invitation among the {plural(selection.count, "invitation")} matching the filters leaves
              this list; pending, bounced and accepted ones stay. Their history stays in the activity log.
            </>
          ) : (
            <>
              The selected declined, expired and cancelled invitations leave this list; their history stays in the activity log. Expired ones
              free the seat they hold.
              {kept > 0 ? ` ${plural(kept, "other selected invitation")} ${kept === 1 ? "stays" : "stay"} (pending, bounced, accepted or above your role).` : null}
            </>
          )
        }
        confirmLabel="Remove invitations"
        dismissLabel="Keep them"
        variant="danger"
        onConfirm={async () => {
          const input = selection.allMatching ? { filter } : { invitationIds: selection.ids };
          const result = await removeInvitationsAction(slug, input);
          if (!result.ok) return result.error;
          const { removed, skipped, remaining } = result.data;
          const notes = [
            ...skipped.map((s) => `${plural(s.count, "invitation")} kept: ${s.reason}.`),
            ...(remaining > 0 ? [`${plural(remaining, "more invitation")} match: remove again for the rest.`] : []),
          ];
          toast.success(`Removed ${plural(removed, "invitation")}.`, notes.length > 0 ? { description: notes.join(" ") } : undefined);
          selection.clear();
          router.refresh();
          return null;
        }}
      />
    </>
  );
}
