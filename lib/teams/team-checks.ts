// Checks on teams that actions of several features share. Teams are looked up in the actor's
// organization only: an id from another organization is "not found" and reveals nothing.
import "server-only";
import type { Queryable } from "@/db/client";
import type { Team } from "@/db/schema";
import { findTeamIds, getTeam, isTeamNameTaken } from "@/db/queries/teams";
import { ActionError } from "@/lib/errors";

export async function loadTeam(tx: Queryable, organizationId: string, teamId: string): Promise<Team> {
  const team = await getTeam(tx, { organizationId, teamId });
  if (!team) throw new ActionError("not_found", "Team not found.");
  return team;
}

/** Team names are unique per organization, case-insensitively; a clash is a field error on name. */
export async function assertTeamNameFree(tx: Queryable, organizationId: string, name: string, exceptTeamId?: string): Promise<void> {
  if (await isTeamNameTaken(tx, { organizationId, name, exceptTeamId })) {
    throw new ActionError("conflict", "A team with this name already exists.", {
      name: ["A team with this name already exists"],
    });
  }
}

/** Every team id must be a team of this organization; otherwise a field error on teamIds. */
export async function assertTeamsExist(tx: Queryable, organizationId: string, teamIds: readonly string[]): Promise<void> {
  const found = await findTeamIds(tx, { organizationId, teamIds });
  if (found.length !== teamIds.length) {
    throw new ActionError("invalid_input", "Please correct the highlighted fields.", { teamIds: ["Unknown team"] });
  }
}
