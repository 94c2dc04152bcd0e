// Undoes a bulk change, a removal or a disable within 10 minutes: each member gets back the role,
// status, teams and team roles they had before (a removed member's row comes back with its id, so
// their history joins up). A member whose role, status or teams changed since — or who was removed,
// or came back, since — is left alone with the reason, and so is anyone the actor may not act on
// now (the one-member rules, seats and the last Owner, counted as members are restored). One event
// per member restored, plus a summary for a bulk operation.
import "server-only";
import { findMembersByUserOrEmail, loadMembersWithTeams, type MemberWithTeams, type TeamPlace } from "@/db/queries/bulk-members";
import { getBulkOperationForUpdate, markBulkOperationUndone } from "@/db/queries/bulk-operations";
import { listTeams } from "@/db/queries/teams";
import { reinsertMembers, restoreMembersState, restoreTeams } from "@/db/queries/bulk-writes";
import type { Member, MemberSnapshot } from "@/db/schema";
import type { MemberStatus, Role, TeamRole } from "@/db/schema/enums";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { auditEach, type PersonEvent } from "@/lib/bulk/bulk-audit";
import { NO_FREE_SEAT, OPERATION_PERMISSION, emptyEvaluation, skip, skipGroups, type BulkCounters, type SkipGroup } from "@/lib/bulk/evaluate";
import { SINGLE_DISABLE, SINGLE_REMOVE } from "@/lib/bulk/snapshots";
import { LAST_OWNER_MESSAGE, whyCannotChangeRole, whyCannotChangeStatus, whyCannotRemove } from "@/lib/members/rules";
import { can, type Permission } from "@/lib/permissions";
import { BULK_OPERATION_TYPES, undoBulkOperationSchema, type BulkOperationType } from "@/lib/validation/bulk";
import { readCounters } from "./bulk-context";

export const CHANGED_SINCE = "Changed since: their role, status or teams were edited after the change";
export const REMOVED_SINCE = "Removed since the change";
export const BACK_SINCE = "Joined or was invited again since";

export interface UndoResult {
  restored: number;
  skipped: SkipGroup[];
}

function permissionFor(action: string): Permission | null {
  if (action === SINGLE_REMOVE || action === SINGLE_DISABLE) return "members.remove";
  const type = action.startsWith("bulk.") ? action.slice(5) : "";
  return (BULK_OPERATION_TYPES as readonly string[]).includes(type) ? OPERATION_PERMISSION[type as BulkOperationType] : null;
}

const placesKey = (places: readonly { teamId: string; role: string }[]) =>
  places
    .map((p) => `${p.teamId}:${p.role}`)
    .sort()
    .join(",");

/** The snapshot's member row as it was (JSON turns dates into strings). */
function rowOf(snapshot: MemberSnapshot): Omit<Member, "searchText"> {
  const row = snapshot.row as Record<string, unknown>;
  const date = (key: string) => (row[key] ? new Date(row[key] as string) : null);
  return { ...(row as unknown as Member), joinedAt: date("joinedAt"), lastActiveAt: date("lastActiveAt"), createdAt: date("createdAt")!, updatedAt: date("updatedAt")! };
}

export const undoBulkOperation = defineOrgAction({
  permission: "members.view",
  schema: undoBulkOperationSchema,
  async handler(ctx, input): Promise<UndoResult> {
    const { tx, organization, actor } = ctx;
    const organizationId = organization.id;
    const operation = await getBulkOperationForUpdate(tx, { organizationId, operationId: input.operationId });
    const permission = operation ? permissionFor(operation.action) : null;
    if (!operation || !permission) refuse("not_found", "There is nothing to undo.");
    if (!can(actor, permission)) refuse("forbidden", "You don't have permission to do that.");
    if (operation.undoneAt) refuse("conflict", "This change has already been undone.");
    if (operation.undoableUntil.getTime() < Date.now()) refuse("conflict", "It's too late to undo this: changes can be undone for 10 minutes.");

    const snapshots = operation.snapshots;
    const current = new Map((await loadMembersWithTeams(tx, { organizationId, memberIds: snapshots.map((s) => s.memberId), lock: true })).map((m) => [m.id, m] as const));
    const removal = operation.action === SINGLE_REMOVE || operation.action === "bulk.remove";
    const comeBack = removal
      ? await findMembersByUserOrEmail(tx, {
          organizationId,
          userIds: snapshots.flatMap((s) => (s.row.userId ? [s.row.userId as string] : [])),
          emails: snapshots.map((s) => s.row.email as string),
        })
      : [];
    const counters = await readCounters(tx, organization);
    // A team deleted since can't be rejoined; the rest of the member's teams come back.
    const teamsNow = new Set((await listTeams(tx, { organizationId })).map((t) => t.id));
    const decided = emptyEvaluation();
    const events: PersonEvent[] = [];
    const reinsert: Omit<Member, "searchText">[] = [];
    const states = new Map<string, string[]>();
    const teamsOf: string[] = [];
    const teamPlaces: { memberId: string; teamId: string; role: TeamRole }[] = [];

    for (const snapshot of snapshots) {
      const before = rowOf(snapshot);
      const now = current.get(snapshot.memberId);
      const reason = removal ? whyNotRestore(actor, before, now, comeBack, counters) : whyNotRevert(actor, snapshot, before, now, counters);
      if (reason) {
        skip(decided, reason, before);
        continue;
      }
      const places = (snapshot.teams as TeamPlace[]).filter((p) => teamsNow.has(p.teamId));
      if (removal) reinsert.push(before);
      else {
        const key = `${before.role}|${before.status}`;
        states.set(key, [...(states.get(key) ?? []), before.id]);
      }
      if (!now || placesKey(now.teams) !== placesKey(places)) {
        teamsOf.push(before.id);
        for (const p of places) teamPlaces.push({ memberId: before.id, teamId: p.teamId, role: p.role as TeamRole });
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (!now || now.role !== before.role) changes.role = { from: now?.role ?? null, to: before.role };
      if (!now || now.status !== before.status) changes.status = { from: now?.status ?? null, to: before.status };
      events.push({ member: before, metadata: { operationId: operation.id, undid: operation.action, changes, teams: places.length } });
    }
    await reinsertMembers(tx, reinsert);
    for (const [key, memberIds] of states) {
      const [role, status] = key.split("|") as [Role, MemberStatus];
      await restoreMembersState(tx, { organizationId, memberIds, role, status });
    }
    await restoreTeams(tx, { organizationId, memberIds: teamsOf, places: teamPlaces });
    await auditEach(tx, { organizationId, actor: ctx.auditActor, action: "member.restored" }, events);
    await markBulkOperationUndone(tx, { organizationId, operationId: operation.id });
    if (operation.action.startsWith("bulk.")) {
      await ctx.audit({
        action: "members.bulk_undone",
        metadata: {
          operationId: operation.id,
          undid: operation.action,
          restored: events.length,
          skipped: Object.fromEntries([...decided.skipped].map(([reason, list]) => [reason, list.length])),
          members: events.map((e) => ({ id: e.member.id, name: e.member.name })),
        },
      });
    }
    return { restored: events.length, skipped: skipGroups(decided.skipped) };
  },
});

/** A removed member comes back unless someone holds their place now, the actor can't act on them, or seats and Owners don't allow it. */
function whyNotRestore(actor: Member, before: Omit<Member, "searchText">, now: MemberWithTeams | undefined, comeBack: { userId: string | null; email: string }[], counters: BulkCounters): string | null {
  if (now) return "Already back";
  if (comeBack.some((m) => (before.userId && m.userId === before.userId) || m.email === before.email)) return BACK_SINCE;
  const verdict = whyCannotRemove(actor, before);
  if (verdict) return verdict;
  if (before.status !== "inactive") {
    if (counters.seatsUsed + 1 > counters.seatLimit) return NO_FREE_SEAT;
    counters.seatsUsed += 1;
  }
  if (before.role === "owner" && before.status === "active") counters.activeOwners += 1;
  return null;
}

/** A changed member goes back unless they changed since, or the reverse change breaks a rule now. */
function whyNotRevert(actor: Member, snapshot: MemberSnapshot, before: Omit<Member, "searchText">, now: MemberWithTeams | undefined, counters: BulkCounters): string | null {
  if (!now) return REMOVED_SINCE;
  const after = snapshot.after;
  if (!after || now.role !== after.role || now.status !== after.status || placesKey(now.teams) !== placesKey(after.teams)) return CHANGED_SINCE;
  if (now.role !== before.role) {
    const verdict = whyCannotChangeRole(actor, now, before.role);
    if (verdict) return verdict;
  }
  if (now.status !== before.status) {
    const verdict = whyCannotChangeStatus(actor, now);
    if (verdict) return verdict;
  }
  if (placesKey(now.teams) !== placesKey(snapshot.teams) && !can(actor, "teams.manage")) return "You don't have permission to manage teams.";
  const ownerNow = now.role === "owner" && now.status === "active";
  const ownerBefore = before.role === "owner" && before.status === "active";
  if (ownerNow && !ownerBefore) {
    if (counters.activeOwners <= 1) return LAST_OWNER_MESSAGE;
    counters.activeOwners -= 1;
  }
  if (!ownerNow && ownerBefore) counters.activeOwners += 1;
  if (now.status === "inactive" && before.status !== "inactive") {
    if (counters.seatsUsed + 1 > counters.seatLimit) return NO_FREE_SEAT;
    counters.seatsUsed += 1;
  }
  return null;
}
