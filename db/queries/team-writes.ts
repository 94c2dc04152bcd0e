// Team writes: creating, renaming and deleting teams, and who is in a team with which team role.
// Scoped by organization in every where clause; the actions run them inside their transaction.
import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { teamMembers, teams, type TeamRole } from "@/db/schema";

type TeamScope = { organizationId: string; teamId: string };

export async function insertTeam(
  db: Queryable,
  { organizationId, name, description }: { organizationId: string; name: string; description: string | null },
): Promise<{ id: string; name: string }> {
  const [team] = await db.insert(teams).values({ organizationId, name, description }).returning({ id: teams.id, name: teams.name });
  return team!;
}

export async function updateTeamDetails(
  db: Queryable,
  { organizationId, teamId }: TeamScope,
  { name, description }: { name: string; description: string | null },
): Promise<void> {
  await db
    .update(teams)
    .set({ name, description })
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
}

/** Deletes the team; its team_members rows cascade, the members stay in the organization. */
export async function deleteTeamRow(db: Queryable, { organizationId, teamId }: TeamScope): Promise<void> {
  await db.delete(teams).where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
}

/** Makes the member's teams exactly `teamIds`, keeping team roles of teams they stay in. */
export async function setMemberTeams(
  db: Queryable,
  { organizationId, memberId, teamIds }: { organizationId: string; memberId: string; teamIds: readonly string[] },
): Promise<void> {
  const keep = [...teamIds];
  await db
    .delete(teamMembers)
    .where(
      and(
        eq(teamMembers.organizationId, organizationId),
        eq(teamMembers.memberId, memberId),
        keep.length ? notInArray(teamMembers.teamId, keep) : undefined,
      ),
    );
  if (keep.length) {
    await db
      .insert(teamMembers)
      .values(keep.map((teamId) => ({ teamId, memberId, organizationId })))
      .onConflictDoNothing();
  }
}

export async function addMembersToTeam(
  db: Queryable,
  {
    organizationId,
    teamId,
    memberIds,
    role,
  }: { organizationId: string; teamId: string; memberIds: readonly string[]; role: TeamRole },
): Promise<number> {
  if (memberIds.length === 0) return 0;
  const inserted = await db
    .insert(teamMembers)
    .values(memberIds.map((memberId) => ({ teamId, memberId, organizationId, role })))
    .onConflictDoNothing()
    .returning({ memberId: teamMembers.memberId });
  return inserted.length;
}

export async function removeMemberFromTeam(db: Queryable, { organizationId, teamId, memberId }: TeamScope & { memberId: string }): Promise<void> {
  await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId), eq(teamMembers.memberId, memberId)));
}

export async function updateTeamMemberRole(
  db: Queryable,
  { organizationId, teamId, memberId }: TeamScope & { memberId: string },
  role: TeamRole,
): Promise<void> {
  await db
    .update(teamMembers)
    .set({ role })
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId), eq(teamMembers.memberId, memberId)));
}
