// Read queries of the members dashboard besides the table (db/queries/member-list.ts): summary,
// seats, departments, one member's detail and who holds the top roles (Settings). Every function takes the organization from its caller
// (the session's organization, never the client) and puts it in every where clause.
import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { auditEvents, members, teamMembers, teams } from "@/db/schema";
import type { MemberStatus, Plan, Role, TeamRole } from "@/db/schema/enums";
import type { MemberSummary } from "./member-counts";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client-supplied id that is not a uuid would make PostgreSQL raise; it matches nothing instead. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}


// ---------------------------------------------------------------------------------------------
// Summary and seats

export interface SeatUsage {
  /** Seats taken: active members plus pending (invited) members. */
  used: number;
  /** Seats the plan includes (the organization's seat limit). */
  included: number;
  available: number;
  plan: Plan;
}

/**
 * Seats taken: active members plus pending (invited) members. The write path calls this inside
 * its transaction, after locking the organization row.
 */
export async function countSeatsUsed(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ used: count() })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.status, ["active", "pending"])));
  return Number(row?.used ?? 0);
}

/** Seat usage from counts already taken (the summary), without another count over members. */
export function seatUsageFromSummary(
  organization: { plan: Plan; seatLimit: number },
  summary: MemberSummary,
): SeatUsage {
  const used = summary.active + summary.pending;
  return { used, included: organization.seatLimit, available: Math.max(0, organization.seatLimit - used), plan: organization.plan };
}

// ---------------------------------------------------------------------------------------------
// People by role

export interface MemberWithRole {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Active members holding one of `roles`, by name (the Owners list, transfer candidates, whom to ask). */
export async function listActiveMembersWithRoles(
  db: Queryable,
  { organizationId, roles, limit = 200 }: { organizationId: string; roles: Role[]; limit?: number },
): Promise<MemberWithRole[]> {
  return db
    .select({ id: members.id, name: members.name, email: members.email, role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.status, "active"), inArray(members.role, roles)))
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
}

// ---------------------------------------------------------------------------------------------
// Filter options

/**
 * The organization's distinct departments, alphabetical. A loose index scan (recursive CTE that
 * jumps from one department to the next on the (organization_id, department, id) index) reads
 * one index entry per department instead of every member.
 */
export async function listDepartments(db: Queryable, { organizationId }: { organizationId: string }): Promise<string[]> {
  const rows = await preparedQuery(db, "departments_of_organization", () => departmentsQuery(db)).execute({ organizationId });
  return rows.map((r) => r.department);
}

function departmentsQuery(db: Queryable) {
  const organizationId = sql.placeholder("organizationId");
  const departments = sql`(
    with recursive d(department) as (
      (select m.department from ${members} m
        where m.organization_id = ${organizationId}::uuid and m.department is not null
        order by m.department limit 1)
      union all
      select (select m.department from ${members} m
        where m.organization_id = ${organizationId}::uuid and m.department > d.department
        order by m.department limit 1)
      from d where d.department is not null
    )
    select department from d where department is not null
  ) as departments`;
  return db
    .select({ department: sql<string>`departments.department` })
    .from(departments)
    .orderBy(sql`departments.department`);
}

// ---------------------------------------------------------------------------------------------
// One member

export interface MemberDetail {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  department: string | null;
  jobTitle: string | null;
  role: Role;
  status: MemberStatus;
  /** Granular permissions held beyond the role. */
  permissions: string[];
  joinedAt: Date | null;
  lastActiveAt: Date | null;
  createdAt: Date;
  teams: { id: string; name: string; role: TeamRole }[];
  /** Newest first; empty unless asked for (the viewer may not see the audit log). */
  recentActivity: MemberActivity[];
}

export interface MemberActivity {
  id: string;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  metadata: Record<string, unknown>;
  createdAt: Date;
}

export const RECENT_ACTIVITY_LIMIT = 10;

/** One member of the organization, or null for an unknown id or another organization's member. */
export async function getMemberDetail(
  db: Queryable,
  { organizationId, memberId, includeActivity = true }: { organizationId: string; memberId: string; includeActivity?: boolean },
): Promise<MemberDetail | null> {
  if (!isUuid(memberId)) return null;
  const [member] = await db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      phone: members.phone,
      department: members.department,
      jobTitle: members.jobTitle,
      role: members.role,
      status: members.status,
      permissions: members.permissions,
      joinedAt: members.joinedAt,
      lastActiveAt: members.lastActiveAt,
      createdAt: members.createdAt,
    })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)))
    .limit(1);
  if (!member) return null;

  const [memberTeams, recentActivity] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, role: teamMembers.role })
      .from(teamMembers)
      .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.organizationId, organizationId)))
      .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.memberId, memberId)))
      .orderBy(asc(teams.name)),
    includeActivity
      ? db
          .select({
            id: auditEvents.id,
            action: auditEvents.action,
            actorName: auditEvents.actorName,
            actorEmail: auditEvents.actorEmail,
            metadata: auditEvents.metadata,
            createdAt: auditEvents.createdAt,
          })
          .from(auditEvents)
          .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, memberId)))
          .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
          .limit(RECENT_ACTIVITY_LIMIT)
      : Promise.resolve([] as MemberActivity[]),
  ]);
  return { ...member, teams: memberTeams, recentActivity };
}
