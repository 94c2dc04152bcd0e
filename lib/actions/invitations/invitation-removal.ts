// Removing invitations from the Invitations view: only those that are over — Declined, Expired,
// Cancelled — go; their history stays in the audit log (one "invitation.removed" event each, with
// the invitee's name and address). An expired invitation still holds a seat through its Pending
// member row: that row leaves with it, as on Cancel, unless the person joined or another open
// invitation still points at it.
import "server-only";
import {
  deleteInvitationRows,
  deleteUnjoinedPendingMembers,
  lockInvitedMembers,
  membersWithOpenInvitation,
  recordedInviteeNames,
  type HousekeepingInvitation,
} from "@/db/queries/invitations-housekeeping";
import type { InvitationStatus } from "@/db/schema/enums";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";

export const REMOVABLE_STATUSES = ["declined", "expired", "cancelled"] as const satisfies readonly InvitationStatus[];

export function isRemovable(status: InvitationStatus): boolean {
  return (REMOVABLE_STATUSES as readonly string[]).includes(status);
}

/** Why an invitation in `status` can't be removed (null when it can). */
export function whyCannotRemoveInvitation(status: InvitationStatus): string | null {
  switch (status) {
    case "pending":
    case "bounced":
      return `A ${status} invitation can't be removed. Cancel it first; then you can remove it.`;
    case "accepted":
      return "An accepted invitation can't be removed: it records how the member joined.";
    default:
      return null;
  }
}

export interface RemovedInvitation {
  id: string;
  email: string;
  name: string | null;
  status: InvitationStatus;
  /** The Pending member row (and the seat it held) went with it. */
  memberRemoved: boolean;
}

/** Removes invitations already locked, from the actor's organization, removable and within the actor's role. */
export async function removeLockedInvitations(
  ctx: OrgActionContext,
  rows: readonly HousekeepingInvitation[],
  { bulk = false }: { bulk?: boolean } = {},
): Promise<RemovedInvitation[]> {
  if (rows.length === 0) return [];
  const { tx, organization } = ctx;
  const organizationId = organization.id;
  const invitationIds = rows.map((r) => r.id);
  const memberIds = [...new Set(rows.flatMap((r) => (r.memberId ? [r.memberId] : [])))];

  const invited = await lockInvitedMembers(tx, { organizationId, memberIds });
  const kept = await membersWithOpenInvitation(tx, { organizationId, memberIds, exceptInvitationIds: invitationIds });
  const leaving = memberIds.filter((id) => {
    const member = invited.get(id);
    return member && member.status === "pending" && member.userId === null && !kept.has(id);
  });
  const unnamed = rows.filter((r) => !(r.memberId && invited.has(r.memberId)));
  const recorded = await recordedInviteeNames(tx, { organizationId, invitations: unnamed });

  // The invitations first: deleting a member row afterwards then touches none of them.
  await deleteInvitationRows(tx, { organizationId, invitationIds });
  const deleted = new Set((await deleteUnjoinedPendingMembers(tx, { organizationId, memberIds: leaving })).map((m) => m.id));

  const removed = rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: (row.memberId ? invited.get(row.memberId)?.name : undefined) ?? recorded.get(row.id) ?? null,
    status: row.status,
    memberRemoved: row.memberId !== null && deleted.has(row.memberId),
  }));
  for (const [index, invitation] of removed.entries()) {
    await ctx.audit({
      action: "invitation.removed",
      target: { type: "invitation", id: invitation.id, name: invitation.name, email: invitation.email },
      metadata: {
        status: invitation.status,
        role: rows[index]!.role,
        sentAt: rows[index]!.createdAt.toISOString(),
        memberRemoved: invitation.memberRemoved,
        ...(bulk ? { bulk: true } : {}),
      },
    });
  }
  return removed;
}
