// Team queries. Every function takes the database (or a transaction) and the organization id,
// and the organization is part of every where clause.
import "server-only";
import { and, asc, count, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, teamMembers, teams, type TeamRole } from "@/db/schema";

export async function listTeamsWithCounts(db: Queryable, { organizationId }: { organizationId: string }) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      description: teams.description,
      createdAt: teams.createdAt,
      memberCount: sql<number>`(select count(*)::int from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`,
    })
    .from(teams)
    .where(eq(teams.organizationId, organizationId))
    .orderBy(asc(sql`lower(${teams.name})`));
}

export async function getTeam(db: Queryable, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  return team ?? null;
}

export async function listTeamMembers(
  db: Queryable,
  { organizationId, teamId }: { organizationId: string; teamId: string },
) {
  return db
    .select({
      memberId: members.id,
      name: members.name,
      email: members.email,
      role: members.role,
      status: members.status,
      teamRole: teamMembers.role,
    })
    .from(teamMembers)
    .innerJoin(members, and(eq(members.id, teamMembers.memberId), eq(members.organizationId, organizationId)))
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId)))
    .orderBy(asc(members.name));
}

/** The subset of `teamIds` that are teams of this organization. */
export async function findTeamIds(
  db: Queryable,
  { organizationId, teamIds }: { organizationId: string; teamIds: readonly string[] },
): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), inArray(teams.id, [...teamIds])));
  return rows.map((r) => r.id);
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

export async function countTeamMembers(db: Queryable, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId)));
  return Number(row?.n ?? 0);
}

export interface TeamOption {
  id: string;
  name: string;
}

export async function listTeams(db: Queryable, { organizationId }: { organizationId: string }): Promise<TeamOption[]> {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.organizationId, organizationId))
    .orderBy(asc(teams.name), asc(teams.id));
}
