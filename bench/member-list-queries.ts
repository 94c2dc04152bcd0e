// The SQL the members page runs, rebuilt with the same Drizzle calls as db/queries/members.ts
// (which scripts cannot import: it is server-only) so bench/explain.ts can EXPLAIN it.
// Keep in step with listMembers, getMemberSummary, getSeatUsage and teamNamesOf there.
import { and, asc, count, eq, ilike, inArray, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { members, teamMembers, teams } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";

export interface ListScenario {
  name: string;
  page: number;
  pageSize: number;
  q?: string;
  role?: Role[];
  status?: MemberStatus[];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** listWhere for the filters the benchmark uses (a surname matches no role and no team). */
function listWhere(organizationId: string, scenario: ListScenario): SQL {
  const conditions: SQL[] = [eq(members.organizationId, organizationId)];
  if (scenario.q) conditions.push(ilike(members.searchText, `%${escapeLike(scenario.q.toLowerCase())}%`));
  if (scenario.role?.length) conditions.push(inArray(members.role, scenario.role));
  if (scenario.status?.length) conditions.push(inArray(members.status, scenario.status));
  return and(...conditions) as SQL;
}

const byName = [asc(members.name), asc(members.id)];

/** Deferred join: ids in index order up to the offset, then the page's rows. */
export function pageQuery(db: Database, organizationId: string, scenario: ListScenario): SQL {
  const ids = db
    .select({ id: members.id })
    .from(members)
    .where(listWhere(organizationId, scenario))
    .orderBy(...byName)
    .limit(scenario.pageSize)
    .offset((scenario.page - 1) * scenario.pageSize)
    .as("page_ids");
  return db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      role: members.role,
      department: members.department,
      status: members.status,
      lastActiveAt: members.lastActiveAt,
      joinedAt: members.joinedAt,
      createdAt: members.createdAt,
    })
    .from(members)
    .innerJoin(ids, eq(members.id, ids.id))
    .where(eq(members.organizationId, organizationId))
    .orderBy(...byName)
    .getSQL();
}

export function countQuery(db: Database, organizationId: string, scenario: ListScenario): SQL {
  return db.select({ total: count() }).from(members).where(listWhere(organizationId, scenario)).getSQL();
}

/** The summary cards (Total, Active, Inactive, Pending). */
export function summaryQuery(db: Database, organizationId: string): SQL {
  return db
    .select({ status: members.status, count: count() })
    .from(members)
    .where(eq(members.organizationId, organizationId))
    .groupBy(members.status)
    .getSQL();
}

/** Seats used: active plus pending. */
export function seatsQuery(db: Database, organizationId: string): SQL {
  return db
    .select({ used: count() })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.status, ["active", "pending"])))
    .getSQL();
}

/** Team names of one page of members. */
export function pageTeamsQuery(db: Database, organizationId: string, memberIds: string[]): SQL {
  return db
    .select({ memberId: teamMembers.memberId, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.organizationId, organizationId)))
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.memberId, memberIds)))
    .orderBy(asc(teams.name))
    .getSQL();
}
