// Read queries of the members dashboard. Every function takes the organization from its caller
// (the session's organization, never the client) and puts it in every where clause.
import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { auditEvents, members, organizations, teamMembers, teams } from "@/db/schema";
import type { MemberStatus, Plan, Role, TeamRole } from "@/db/schema/enums";
import { ROLES, ROLE_LABELS } from "@/lib/permissions";
import {
  DEFAULT_DIR,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  type ActivityLevel,
  type JoinedWindow,
  type SortColumn,
  type SortDirection,
} from "@/lib/validation/members-search";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Activity buckets of the Activity filter, in days since last activity. */
export const ACTIVE_WITHIN_DAYS = 7;
export const INACTIVE_AFTER_DAYS = 30;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client-supplied id that is not a uuid would make PostgreSQL raise; it matches nothing instead. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Escapes LIKE wildcards so user input matches literally (backslash is PostgreSQL's default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------------------------------------
// Summary and seats

export interface MemberSummary {
  total: number;
  active: number;
  inactive: number;
  pending: number;
}

export async function getMemberSummary(db: Queryable, { organizationId }: { organizationId: string }): Promise<MemberSummary> {
  const rows = await db
    .select({ status: members.status, count: count() })
    .from(members)
    .where(eq(members.organizationId, organizationId))
    .groupBy(members.status);
  const summary: MemberSummary = { total: 0, active: 0, inactive: 0, pending: 0 };
  for (const row of rows) {
    summary[row.status] = row.count;
    summary.total += row.count;
  }
  return summary;
}

export interface SeatUsage {
  /** Seats taken: active members plus pending (invited) members. */
  used: number;
  /** Seats the plan includes (the organization's seat limit). */
  included: number;
  available: number;
  plan: Plan;
}

export async function getSeatUsage(db: Queryable, { organizationId }: { organizationId: string }): Promise<SeatUsage | null> {
  const [[organization], [seats]] = await Promise.all([
    db
      .select({ plan: organizations.plan, included: organizations.seatLimit })
      .from(organizations)
      .where(eq(organizations.id, organizationId)),
    db
      .select({ used: count() })
      .from(members)
      .where(and(eq(members.organizationId, organizationId), inArray(members.status, ["active", "pending"]))),
  ]);
  if (!organization) return null;
  const used = seats?.used ?? 0;
  return { used, included: organization.included, available: Math.max(0, organization.included - used), plan: organization.plan };
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
// The members list

export interface ListMembersOptions {
  organizationId: string;
  page?: number;
  pageSize?: number;
  sort?: SortColumn;
  dir?: SortDirection;
  q?: string;
  role?: readonly Role[];
  status?: readonly MemberStatus[];
  /** Team ids: members of any of them. */
  team?: readonly string[];
  department?: readonly string[];
  /** Joined within the last N days. */
  joined?: JoinedWindow;
  activity?: ActivityLevel;
  /** The clock for the date filters (tests pin it). */
  now?: Date;
}

export interface MemberListRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  department: string | null;
  status: MemberStatus;
  /** Team names, alphabetical. */
  teams: string[];
  lastActiveAt: Date | null;
  joinedAt: Date | null;
  createdAt: Date;
}

export interface MemberListPage {
  rows: MemberListRow[];
  total: number;
  /** At least 1, so "page 1 of 1" reads right for an empty list. */
  pageCount: number;
  /** The page shown: the requested one, or the last one when the request was past the end. */
  page: number;
}

/** Roles a free-text query names: "admin" → Admin; 3+ letters match a prefix ("dev" → Developer). */
export function rolesMatchingQuery(q: string): Role[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  return ROLES.filter((role) => {
    const label = ROLE_LABELS[role].toLowerCase();
    return label === needle || (needle.length >= 3 && label.startsWith(needle));
  });
}

/** Teams of the organization with a word starting with the query ("front" → "Frontend", "Web Frontend"). */
async function teamsMatchingQuery(db: Queryable, organizationId: string, q: string): Promise<string[]> {
  const needle = escapeLike(q.trim().toLowerCase());
  if (needle.length < 2) return [];
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organizationId, organizationId),
        or(ilike(teams.name, `${needle}%`), ilike(teams.name, `% ${needle}%`)),
      ),
    )
    .limit(100);
  return rows.map((r) => r.id);
}

/**
 * Members of any of the teams (scoped to the organization through team_members). Written as
 * `id = any(array(subquery))` rather than EXISTS: the array is computed once, so the condition
 * can use the primary key (and join a BitmapOr with the trigram index inside a search's OR)
 * instead of forcing a scan of every member.
 */
function inTeams(organizationId: string, teamIds: readonly string[]): SQL {
  return sql`${members.id} = any(array(
    select ${teamMembers.memberId} from ${teamMembers}
    where ${teamMembers.organizationId} = ${organizationId}
      and ${inArray(teamMembers.teamId, [...teamIds])}
  ))`;
}

function activityCondition(level: ActivityLevel, now: Date): SQL | undefined {
  const activeSince = new Date(now.getTime() - ACTIVE_WITHIN_DAYS * DAY_MS);
  const inactiveBefore = new Date(now.getTime() - INACTIVE_AFTER_DAYS * DAY_MS);
  switch (level) {
    case "active":
      return gte(members.lastActiveAt, activeSince);
    case "low":
      return and(lt(members.lastActiveAt, activeSince), gte(members.lastActiveAt, inactiveBefore));
    case "inactive":
      return or(isNull(members.lastActiveAt), lt(members.lastActiveAt, inactiveBefore));
  }
}

async function listWhere(db: Queryable, options: ListMembersOptions): Promise<SQL> {
  const { organizationId } = options;
  const now = options.now ?? new Date();
  const conditions: (SQL | undefined)[] = [eq(members.organizationId, organizationId)];

  const q = options.q?.trim() ?? "";
  if (q) {
    // search_text is lower(name || ' ' || email) with a trigram index: ILIKE '%q%' uses it.
    const matches: (SQL | undefined)[] = [ilike(members.searchText, `%${escapeLike(q.toLowerCase())}%`)];
    const roles = rolesMatchingQuery(q);
    if (roles.length > 0) matches.push(inArray(members.role, roles));
    const teamIds = await teamsMatchingQuery(db, organizationId, q);
    if (teamIds.length > 0) matches.push(inTeams(organizationId, teamIds));
    conditions.push(or(...matches));
  }
  if (options.role?.length) conditions.push(inArray(members.role, [...options.role]));
  if (options.status?.length) conditions.push(inArray(members.status, [...options.status]));
  const teamIds = options.team?.filter(isUuid) ?? [];
  if (options.team?.length) {
    // Asked for teams but none is a valid id: nothing matches.
    conditions.push(teamIds.length > 0 ? inTeams(organizationId, teamIds) : sql`false`);
  }
  if (options.department?.length) conditions.push(inArray(members.department, [...options.department]));
  if (options.joined) conditions.push(gte(members.joinedAt, new Date(now.getTime() - options.joined * DAY_MS)));
  if (options.activity) conditions.push(activityCondition(options.activity, now));
  return and(...conditions) as SQL;
}

/**
 * Each sort follows one (organization_id, column, id) index so the id-only page query is an
 * index-only scan. Role sorts by the enum's order (declared highest first: ascending = Owner
 * first), then by name; status by name within a status (the (organization_id, status, name, id)
 * index). Role has no (organization_id, role, name, id) index yet, so it sorts in memory.
 * NULL joined dates (Pending, not joined yet) count as the newest: last ascending, first
 * descending, which is how the index stores them. Last active is handled by `lastActiveSegments`.
 */
const SORT_KEYS: Record<SortColumn, PgColumn[]> = {
  name: [members.name],
  email: [members.email],
  role: [members.role, members.name],
  department: [members.department],
  status: [members.status, members.name],
  lastActive: [members.lastActiveAt],
  joined: [members.joinedAt],
};

function orderBy(sort: SortColumn, dir: SortDirection): SQL[] {
  const direction = dir === "desc" ? desc : asc;
  return [...SORT_KEYS[sort], members.id].map((column) => direction(column));
}

/**
 * "Never active" is the oldest activity: first ascending, last descending — the opposite of
 * where the index keeps NULLs. So the list is two index-ordered segments (never active, ordered
 * by id; and active, ordered by time) placed one after the other.
 */
function lastActiveSegments(dir: SortDirection): { condition: SQL; order: SQL[] }[] {
  const direction = dir === "desc" ? desc : asc;
  const never = { condition: isNull(members.lastActiveAt), order: [direction(members.id)] };
  const seen = { condition: isNotNull(members.lastActiveAt), order: [direction(members.lastActiveAt), direction(members.id)] };
  return dir === "asc" ? [never, seen] : [seen, never];
}

const LIST_FIELDS = {
  id: members.id,
  name: members.name,
  email: members.email,
  role: members.role,
  department: members.department,
  status: members.status,
  lastActiveAt: members.lastActiveAt,
  joinedAt: members.joinedAt,
  createdAt: members.createdAt,
};

type ListRowWithoutTeams = Omit<MemberListRow, "teams">;

export async function listMembers(db: Queryable, options: ListMembersOptions): Promise<MemberListPage> {
  const { organizationId } = options;
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE), 1), 100);
  const requestedPage = Math.max(Math.trunc(options.page ?? 1), 1);
  const sort = options.sort ?? DEFAULT_SORT;
  const dir = options.dir ?? DEFAULT_DIR;
  const where = await listWhere(db, options);
  const countWhere = (condition: SQL | undefined) =>
    db
      .select({ total: count() })
      .from(members)
      .where(condition)
      .then((rows) => rows[0]?.total ?? 0);
  const idsPage = (condition: SQL | undefined, order: SQL[], offset: number, limit: number) =>
    db.select({ id: members.id }).from(members).where(condition).orderBy(...order).limit(limit).offset(offset);

  // Deferred join: the inner query walks only ids, in index order, to the offset; the outer one
  // reads the page's rows.
  const order = orderBy(sort, dir);
  const fetchPage = (page: number): Promise<ListRowWithoutTeams[]> => {
    const ids = idsPage(where, order, (page - 1) * pageSize, pageSize).as("page_ids");
    return db
      .select(LIST_FIELDS)
      .from(members)
      .innerJoin(ids, eq(members.id, ids.id))
      .where(eq(members.organizationId, organizationId))
      .orderBy(...order);
  };

  /** Last active: the two segments' id pages, then their rows. */
  const fetchLastActivePage = async (page: number, firstSegmentSize: number): Promise<ListRowWithoutTeams[]> => {
    const [first, second] = lastActiveSegments(dir);
    const offset = (page - 1) * pageSize;
    const fromFirst = Math.max(0, Math.min(pageSize, firstSegmentSize - offset));
    const idLists = await Promise.all([
      fromFirst > 0 ? idsPage(and(where, first!.condition), first!.order, offset, fromFirst) : [],
      fromFirst < pageSize
        ? idsPage(and(where, second!.condition), second!.order, Math.max(0, offset - firstSegmentSize), pageSize - fromFirst)
        : [],
    ]);
    const ids = idLists.flat().map((r) => r.id);
    if (ids.length === 0) return [];
    const rows = await db
      .select(LIST_FIELDS)
      .from(members)
      .where(and(eq(members.organizationId, organizationId), inArray(members.id, ids)));
    const position = new Map(ids.map((id, i) => [id, i]));
    return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  };

  let total: number;
  let page = requestedPage;
  let rows: ListRowWithoutTeams[];
  if (sort === "lastActive") {
    const [all, firstSegmentSize] = await Promise.all([
      countWhere(where),
      countWhere(and(where, lastActiveSegments(dir)[0]!.condition)),
    ]);
    total = all;
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    rows = await fetchLastActivePage(page, firstSegmentSize);
  } else {
    const [all, firstTry] = await Promise.all([countWhere(where), fetchPage(requestedPage)]);
    total = all;
    rows = firstTry;
    const lastPage = Math.max(1, Math.ceil(total / pageSize));
    if (rows.length === 0 && requestedPage > lastPage) {
      page = lastPage;
      rows = total > 0 ? await fetchPage(page) : [];
    }
  }

  const teamsByMember = await teamNamesOf(
    db,
    organizationId,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((row) => ({ ...row, teams: teamsByMember.get(row.id) ?? [] })),
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    page,
  };
}

/** Team names of a page of members in one query. */
async function teamNamesOf(db: Queryable, organizationId: string, memberIds: string[]): Promise<Map<string, string[]>> {
  const byMember = new Map<string, string[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .select({ memberId: teamMembers.memberId, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.organizationId, organizationId)))
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.memberId, memberIds)))
    .orderBy(asc(teams.name));
  for (const row of rows) {
    const names = byMember.get(row.memberId);
    if (names) names.push(row.name);
    else byMember.set(row.memberId, [row.name]);
  }
  return byMember;
}

// ---------------------------------------------------------------------------------------------
// Filter options

/**
 * The organization's distinct departments, alphabetical. A loose index scan (recursive CTE that
 * jumps from one department to the next on the (organization_id, department, id) index) reads
 * one index entry per department instead of every member.
 */
export async function listDepartments(db: Queryable, { organizationId }: { organizationId: string }): Promise<string[]> {
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
  const rows = await db
    .select({ department: sql<string>`departments.department` })
    .from(departments)
    .orderBy(sql`departments.department`);
  return rows.map((r) => r.department);
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
