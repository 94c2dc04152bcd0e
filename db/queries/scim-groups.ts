// Teams as SCIM Groups: a filtered page (ordered by name, which the (organization, lower(name))
// index serves), one team by id, its member ids, and the externalId lookup. The organization is
// in every where clause; ids that are not uuids match nothing.
import "server-only";
import { and, asc, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, teamMembers, teams, type Team } from "@/db/schema";
import { isUuid } from "./members";
import { filterToSql, type ScimFilterNode } from "./scim-filter";

/** `member`: the group has this member (Entra asks `members[value eq "…"]`). */
export type ScimGroupAttribute = "name" | "externalId" | "id" | "member";
export type ScimGroupFilter = ScimFilterNode<ScimGroupAttribute>;

export type ScimGroupRow = Pick<Team, "id" | "name" | "externalId" | "createdAt">;

const groupColumns = { id: teams.id, name: teams.name, externalId: teams.externalId, createdAt: teams.createdAt };

function groupCondition(organizationId: string) {
  return (attribute: ScimGroupAttribute, value: string | boolean): SQL => {
    if (typeof value !== "string") return sql`false`;
    switch (attribute) {
      case "name":
        return sql`lower(${teams.name}) = lower(${value})`;
      case "externalId":
        return eq(teams.externalId, value);
      case "id":
        return isUuid(value) ? eq(teams.id, value) : sql`false`;
      case "member":
        return isUuid(value)
          ? sql`exists (select 1 from ${teamMembers} where ${teamMembers.teamId} = ${teams.id} and ${teamMembers.organizationId} = ${organizationId} and ${teamMembers.memberId} = ${value})`
          : sql`false`;
    }
  };
}

export async function listScimGroups(
  db: Queryable,
  { organizationId, filter, offset, limit }: { organizationId: string; filter: ScimGroupFilter | null; offset: number; limit: number },
): Promise<{ total: number; rows: ScimGroupRow[] }> {
  const where = and(eq(teams.organizationId, organizationId), filter ? filterToSql(filter, groupCondition(organizationId)) : undefined);
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(teams).where(where),
    limit > 0
      ? db.select(groupColumns).from(teams).where(where).orderBy(asc(sql`lower(${teams.name})`), asc(teams.id)).limit(limit).offset(offset)
      : Promise.resolve([]),
  ]);
  return { total: Number(counted?.n ?? 0), rows };
}

export async function getScimGroup(db: Queryable, { organizationId, teamId }: { organizationId: string; teamId: string }): Promise<ScimGroupRow | null> {
  if (!isUuid(teamId)) return null;
  const [row] = await db.select(groupColumns).from(teams).where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  return row ?? null;
}

/** The members of each team (id and name), for the Groups' `members`. */
export async function findMembersOfTeams(
  db: Queryable,
  { organizationId, teamIds }: { organizationId: string; teamIds: readonly string[] },
): Promise<Map<string, { id: string; name: string; email: string }[]>> {
  const result = new Map<string, { id: string; name: string; email: string }[]>();
  if (teamIds.length === 0) return result;
  const rows = await db
    .select({ teamId: teamMembers.teamId, id: members.id, name: members.name, email: members.email })
    .from(teamMembers)
    .innerJoin(members, and(eq(members.id, teamMembers.memberId), eq(members.organizationId, organizationId)))
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.teamId, [...teamIds])))
    .orderBy(asc(members.email), asc(members.id));
  for (const row of rows) {
    const list = result.get(row.teamId) ?? [];
    list.push({ id: row.id, name: row.name, email: row.email });
    result.set(row.teamId, list);
  }
  return result;
}

/** Whether another team of the organization already has this externalId. */
export async function isTeamExternalIdTaken(
  db: Queryable,
  { organizationId, externalId, exceptTeamId }: { organizationId: string; externalId: string; exceptTeamId?: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.externalId, externalId), exceptTeamId ? ne(teams.id, exceptTeamId) : undefined))
    .limit(1);
  return Boolean(row);
}
