// Which selected members a bulk action changes, and why it skips the others: the single-member
// rules (lib/members/rules.ts, the same verdicts the one-member actions refuse with) applied to
// each member in id order, with the organization-wide invariants — at least one active Owner,
// the seat limit — counted as they would be after each member before it. Preview and apply run
// this same function (apply again per batch, under the organization lock), so they agree.
import type { MemberWithTeams } from "@/db/queries/bulk-members";
import type { Member } from "@/db/schema";
import { LAST_OWNER_MESSAGE, whyCannotChangeRole, whyCannotChangeStatus, whyCannotRemove } from "@/lib/members/rules";
import { ROLE_LABELS, can, type Permission } from "@/lib/permissions";
import type { BulkOperation, BulkOperationType } from "@/lib/validation/bulk";

export const NO_FREE_SEAT = "No free seat";
export const NOT_A_MEMBER = "No longer a member of this organization";
export const NEVER_JOINED = "Never joined: re-enable them one at a time to send a new invitation";

/** What each bulk action needs beyond seeing members (the same permission as its one-member action). */
export const OPERATION_PERMISSION: Record<BulkOperationType, Permission> = {
  change_role: "members.edit",
  add_to_teams: "teams.manage",
  remove_from_team: "teams.manage",
  disable: "members.remove",
  enable: "members.remove",
  remove: "members.remove",
  send_message: "members.edit",
};

/** Actions that can be undone for a while (a message can't be unsent). */
export function isUndoable(type: BulkOperationType): boolean {
  return type !== "send_message";
}

/** Organization-wide counts the rules need, updated as members are decided. */
export interface BulkCounters {
  activeOwners: number;
  seatsUsed: number;
  seatLimit: number;
}

/** Null: the member changes; a string: the reason they are skipped. Updates `counters` on a change. */
export function decide(actor: Member, operation: BulkOperation, member: MemberWithTeams, counters: BulkCounters, teamNames: ReadonlyMap<string, string>): string | null {
  const activeOwner = member.role === "owner" && member.status === "active";
  const keepAnOwner = (): string | null => {
    if (!activeOwner) return null;
    if (counters.activeOwners <= 1) return LAST_OWNER_MESSAGE;
    counters.activeOwners -= 1;
    return null;
  };
  switch (operation.type) {
    case "change_role": {
      if (member.role === operation.role) return `Already ${ROLE_LABELS[operation.role]}`;
      const verdict = whyCannotChangeRole(actor, member, operation.role);
      if (verdict) return verdict;
      if (operation.role !== "owner") return keepAnOwner();
      if (member.status === "active") counters.activeOwners += 1;
      return null;
    }
    case "add_to_teams": {
      const missing = operation.teamIds.filter((teamId) => !member.teams.some((place) => place.teamId === teamId));
      if (missing.length > 0) return null;
      return operation.teamIds.length === 1 ? `Already in ${teamNames.get(operation.teamIds[0]!) ?? "the team"}` : "Already in every chosen team";
    }
    case "remove_from_team":
      return member.teams.some((place) => place.teamId === operation.teamId) ? null : `Not in ${teamNames.get(operation.teamId) ?? "the team"}`;
    case "disable": {
      if (member.status === "inactive") return "Already disabled";
      return whyCannotChangeStatus(actor, member) ?? keepAnOwner();
    }
    case "enable": {
      if (member.status === "active") return "Already active";
      const verdict = whyCannotChangeStatus(actor, member);
      if (verdict) return verdict;
      if (member.userId === null) return NEVER_JOINED;
      if (counters.seatsUsed + 1 > counters.seatLimit) return NO_FREE_SEAT;
      counters.seatsUsed += 1;
      return null;
    }
    case "remove": {
      const verdict = whyCannotRemove(actor, member) ?? keepAnOwner();
      if (verdict) return verdict;
      if (member.status !== "inactive") counters.seatsUsed -= 1;
      return null;
    }
    case "send_message":
      if (member.id === actor.id) return "That's you";
      if (member.status === "inactive") return "Disabled members get no messages";
      if (member.status === "pending" || member.userId === null) return "Hasn't joined yet";
      return null;
  }
}

export interface SkippedMember {
  id: string;
  name: string;
}

export interface Evaluation {
  change: MemberWithTeams[];
  /** Reason → the members skipped for it, in the order decided. */
  skipped: Map<string, SkippedMember[]>;
}

export function emptyEvaluation(): Evaluation {
  return { change: [], skipped: new Map() };
}

/** Decides every member (in the order given: id order), adding to `into`. */
export function evaluate(
  actor: Member,
  operation: BulkOperation,
  members: readonly MemberWithTeams[],
  counters: BulkCounters,
  teamNames: ReadonlyMap<string, string>,
  into: Evaluation = emptyEvaluation(),
): Evaluation {
  for (const member of members) {
    const reason = decide(actor, operation, member, counters, teamNames);
    if (reason === null) into.change.push(member);
    else skip(into, reason, member);
  }
  return into;
}

export function skip(into: Evaluation, reason: string, member: SkippedMember): void {
  const list = into.skipped.get(reason) ?? [];
  list.push({ id: member.id, name: member.name });
  into.skipped.set(reason, list);
}

/** Whether the actor may run the action at all (its one-member action's permission). */
export function whyCannotRunOperation(actor: Member, operation: BulkOperation): string | null {
  return can(actor, OPERATION_PERMISSION[operation.type]) ? null : "You don't have permission to do that.";
}

export interface SkipGroup {
  reason: string;
  count: number;
  /** Up to five names, for the preview. */
  examples: string[];
}

export function skipGroups(skipped: ReadonlyMap<string, SkippedMember[]>): SkipGroup[] {
  return [...skipped]
    .map(([reason, list]) => ({ reason, count: list.length, examples: list.filter((m) => m.id).slice(0, 5).map((m) => m.name) }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
