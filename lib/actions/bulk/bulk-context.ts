// What preview and apply both read before deciding: that the actor may run the action at all,
// that its teams belong to the organization, the teams' names, and the counts the invariants need.
import "server-only";
import type { Queryable } from "@/db/client";
import { countActiveOwners } from "@/db/queries/member-writes";
import { countSeatsUsed } from "@/db/queries/members";
import { listTeams } from "@/db/queries/teams";
import type { Member, Organization } from "@/db/schema";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import { whyCannotRunOperation, type BulkCounters } from "@/lib/bulk/evaluate";
import type { BulkOperation } from "@/lib/validation/bulk";

/** Refuses an action the actor may not run, or one naming a team outside the organization. Returns team names by id. */
export async function checkOperation(db: Queryable, organization: Organization, actor: Member, operation: BulkOperation): Promise<Map<string, string>> {
  refuseUnless(whyCannotRunOperation(actor, operation));
  const teamNames = new Map((await listTeams(db, { organizationId: organization.id })).map((t) => [t.id, t.name] as const));
  const named = operation.type === "add_to_teams" ? operation.teamIds : operation.type === "remove_from_team" ? [operation.teamId] : [];
  for (const teamId of named) {
    if (!teamNames.has(teamId)) refuse("invalid_input", "Please correct the highlighted fields.", { [operation.type === "add_to_teams" ? "teamIds" : "teamId"]: ["Unknown team"] });
  }
  return teamNames;
}

export async function readCounters(db: Queryable, organization: Organization): Promise<BulkCounters> {
  const activeOwners = await countActiveOwners(db, { organizationId: organization.id });
  const seatsUsed = await countSeatsUsed(db, organization.id);
  return { activeOwners, seatsUsed, seatLimit: organization.seatLimit };
}
