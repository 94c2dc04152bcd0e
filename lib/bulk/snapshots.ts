// What undo needs to put members back: each member's row and teams before an operation, and the
// role, status and teams it left (so undo can tell whether someone changed them since). Written
// by bulk actions and by the single removal and disable, in their own transactions.
import "server-only";
import type { Queryable } from "@/db/client";
import { insertBulkOperation } from "@/db/queries/bulk-operations";
import { loadMembersWithTeams, type MemberWithTeams, type TeamPlace } from "@/db/queries/bulk-members";
import type { Member, MemberSnapshot } from "@/db/schema";
import { UNDO_WINDOW_MS } from "@/lib/validation/bulk";

/** Operation names in bulk_operations.action: "bulk.<type>" for bulk actions, these for single ones. */
export const SINGLE_REMOVE = "member.remove";
export const SINGLE_DISABLE = "member.disable";

export function snapshotOf(
  before: Member & { teams: readonly TeamPlace[] },
  after: { role: string; status: string; teams: readonly TeamPlace[]; updatedAt: Date } | null,
): MemberSnapshot {
  const { teams, searchText: _searchText, ...row } = before as MemberWithTeams;
  return {
    memberId: before.id,
    row: row as unknown as Record<string, unknown>,
    teams: teams.map((t) => ({ teamId: t.teamId, role: t.role })),
    updatedAtAfter: after ? after.updatedAt.toISOString() : null,
    ...(after ? { after: { role: after.role, status: after.status, teams: after.teams.map((t) => ({ teamId: t.teamId, role: t.role })) } } : {}),
  };
}

export function undoDeadline(now = new Date()): Date {
  return new Date(now.getTime() + UNDO_WINDOW_MS);
}

/**
 * Records a single removal or disable as undoable, before the change for a removal (its teams go
 * with the row) — returns the operation's id for the audit event. `after` is null for a removal.
 */
export async function recordSingleUndoable(
  tx: Queryable,
  {
    organizationId,
    actorUserId,
    action,
    member,
    after,
  }: { organizationId: string; actorUserId: string | null; action: typeof SINGLE_REMOVE | typeof SINGLE_DISABLE; member: Member; after: Member | null },
): Promise<string> {
  const [withTeams] = await loadMembersWithTeams(tx, { organizationId, memberIds: [member.id] });
  const teams = withTeams?.teams ?? [];
  const snapshot = snapshotOf({ ...member, teams }, after ? { role: after.role, status: after.status, teams, updatedAt: after.updatedAt } : null);
  return insertBulkOperation(tx, { organizationId, action, actorUserId, undoableUntil: undoDeadline(), snapshots: [snapshot] });
}
