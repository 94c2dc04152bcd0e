// Checks shared by the team actions. Teams are looked up in the actor's organization only: an id
// from another organization is "not found" and reveals nothing.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { teams, type Team } from "@/db/schema";
import { getTeam } from "@/db/queries/teams";
import { ActionError } from "@/lib/errors";

export async function loadTeam(tx: Queryable, organizationId: string, teamId: string): Promise<Team> {
  const team = await getTeam(tx, { organizationId, teamId });
  if (!team) throw new ActionError("not_found", "Team not found.");
  return team;
}

export function teamTarget(team: Pick<Team, "id" | "name">) {
  return { type: "team" as const, id: team.id, name: team.name };
}

/** Team names are unique per organization, case-insensitively; a clash is a field error on name. */
export async function assertTeamNameFree(
  tx: Queryable,
  organizationId: string,
  name: string,
  exceptTeamId?: string,
): Promise<void> {
  const [clash] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organizationId, organizationId),
        sql`lower(${teams.name}) = lower(${name})`,
        exceptTeamId ? ne(teams.id, exceptTeamId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    throw new ActionError("conflict", "A team with this name already exists.", {
      name: ["A team with this name already exists"],
    });
  }
}
