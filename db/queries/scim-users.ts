// Members as SCIM Users: a filtered page (ordered by email, which the (organization, email, id)
// index serves), one member by id, their teams, and the externalId lookup provisioning checks.
// The organization is in every where clause; ids that are not uuids match nothing.
import "server-only";
import { and, asc, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, teamMembers, teams, type Member } from "@/db/schema";
import { isUuid } from "./members";
import { filterToSql, type ScimFilterNode } from "./scim-filter";

export type ScimUserAttribute = "email" | "externalId" | "active" | "id";
export type ScimUserFilter = ScimFilterNode<ScimUserAttribute>;

export type ScimUserRow = Pick<
  Member,
  "id" | "email" | "name" | "phone" | "department" | "jobTitle" | "status" | "externalId" | "createdAt" | "updatedAt" | "role" | "userId"
>;

const userColumns = {
  id: members.id,
  email: members.email,
  name: members.name,
  phone: members.phone,
  department: members.department,
  jobTitle: members.jobTitle,
  status: members.status,
  externalId: members.externalId,
  createdAt: members.createdAt,
  updatedAt: members.updatedAt,
  role: members.role,
  userId: members.userId,
};

function userCondition(attribute: ScimUserAttribute, value: string | boolean): SQL {
  switch (attribute) {
    // Emails are stored normalised (lowercase): userName and emails match case-insensitively.
    case "email":
      return typeof value === "string" ? eq(members.email, value.trim().toLowerCase()) : sql`false`;
    case "externalId":
      return typeof value === "string" ? eq(members.externalId, value) : sql`false`;
    // Pending (invited) members count as active: they hold a seat and may join.
    case "active":
      return value === true ? inArray(members.status, ["active", "pending"]) : value === false ? eq(members.status, "inactive") : sql`false`;
    case "id":
      return typeof value === "string" && isUuid(value) ? eq(members.id, value) : sql`false`;
  }
}

export async function listScimUsers(
  db: Queryable,
  { organizationId, filter, offset, limit }: { organizationId: string; filter: ScimUserFilter | null; offset: number; limit: number },
): Promise<{ total: number; rows: ScimUserRow[] }> {
  const where = and(eq(members.organizationId, organizationId), filter ? filterToSql(filter, userCondition) : undefined);
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(members).where(where),
    limit > 0
      ? db.select(userColumns).from(members).where(where).orderBy(asc(members.email), asc(members.id)).limit(limit).offset(offset)
      : Promise.resolve([]),
  ]);
  return { total: Number(counted?.n ?? 0), rows };
}

export async function getScimUser(db: Queryable, { organizationId, memberId }: { organizationId: string; memberId: string }): Promise<ScimUserRow | null> {
  if (!isUuid(memberId)) return null;
  const [row] = await db.select(userColumns).from(members).where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)));
  return row ?? null;
}

/** Each member's teams (id and name), for the Users' read-only `groups`. */
export async function findTeamsOfMembers(
  db: Queryable,
  { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] },
): Promise<Map<string, { id: string; name: string }[]>> {
  const result = new Map<string, { id: string; name: string }[]>();
  if (memberIds.length === 0) return result;
  const rows = await db
    .select({ memberId: teamMembers.memberId, id: teams.id, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.organizationId, organizationId)))
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.memberId, [...memberIds])))
    .orderBy(asc(teams.name));
  for (const row of rows) {
    const list = result.get(row.memberId) ?? [];
    list.push({ id: row.id, name: row.name });
    result.set(row.memberId, list);
  }
  return result;
}

/** Whether another member of the organization already has this externalId. */
export async function isMemberExternalIdTaken(
  db: Queryable,
  { organizationId, externalId, exceptMemberId }: { organizationId: string; externalId: string; exceptMemberId?: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.externalId, externalId), exceptMemberId ? ne(members.id, exceptMemberId) : undefined))
    .limit(1);
  return Boolean(row);
}
