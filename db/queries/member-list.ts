// The members table's query: search, filters, sort and indexed-offset pagination over an
// organization's members. The organization comes from the caller (the session's organization,
// never the client) and is in every where clause. Filters arrive parsed (the URL's schema is
// lib/validation/members-search.ts), including which roles a free-text query names.
import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { keepQuery, keptQuery } from "@/db/prepared-queries";
import { members, teamMembers, teams } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";
import { countMatching, getMemberCounts, type MemberCount } from "./member-counts";
import { isUuid } from "./members";

/** The columns the table can sort by, each following its own index (see SORT_KEYS). */
export type MemberSortColumn = "name" | "email" | "role" | "department" | "status" | "lastActive" | "joined";
export type SortDirection = "asc" | "desc";
/** active: seen within ACTIVE_WITHIN_DAYS; low: up to INACTIVE_AFTER_DAYS ago; inactive: longer ago, or never. */
export type ActivityLevel = "active" | "low" | "inactive";

/** What an unspecified option means; the page always passes the URL's values. */
const DEFAULT_PAGE_SIZE = 25;
const DEFAULT_SORT: MemberSortColumn = "name";
const DEFAULT_DIR: SortDirection = "asc";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Activity buckets of the Activity filter, in days since last activity. */
export const ACTIVE_WITHIN_DAYS = 7;
export const INACTIVE_AFTER_DAYS = 30;

/** Escapes LIKE wildcards so user input matches literally (backslash is PostgreSQL's default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ListMembersOptions {
  organizationId: string;
  page?: number;
  pageSize?: number;
  sort?: MemberSortColumn;
  dir?: SortDirection;
  /** Matched against name and email, and against team names. */
  q?: string;
  /** Roles `q` names ("admin" → Admin), matched as well; the caller decides which. */
  queryRoles?: readonly Role[];
  role?: readonly Role[];
  status?: readonly MemberStatus[];
  /** Team ids: members of any of them. */
  team?: readonly string[];
  department?: readonly string[];
  /** Joined within the last N days. */
  joined?: number;
  activity?: ActivityLevel;
  /** The clock for the date filters (tests pin it). */
  now?: Date;
  /** Only these members (a bulk selection); ids of other organizations match nothing. */
  ids?: readonly string[];
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

/** The where clause of a members list: the organization, the query and every filter (also the API's cursor pages). */
export async function listWhere(db: Queryable, options: ListMembersOptions): Promise<SQL> {
  const { organizationId } = options;
  const now = options.now ?? new Date();
  const conditions: (SQL | undefined)[] = [eq(members.organizationId, organizationId)];

  const q = options.q?.trim() ?? "";
  if (q) {
    // search_text is lower(name || ' ' || email) with a trigram index: ILIKE '%q%' uses it.
    const matches: (SQL | undefined)[] = [ilike(members.searchText, `%${escapeLike(q.toLowerCase())}%`)];
    if (options.queryRoles?.length) matches.push(inArray(members.role, [...options.queryRoles]));
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
  if (options.ids) conditions.push(options.ids.length > 0 ? inArray(members.id, [...options.ids]) : sql`false`);
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
const SORT_KEYS: Record<MemberSortColumn, PgColumn[]> = {
  name: [members.name],
  email: [members.email],
  role: [members.role, members.name],
  department: [members.department],
  status: [members.status, members.name],
  lastActive: [members.lastActiveAt],
  joined: [members.joinedAt],
};

function orderBy(sort: MemberSortColumn, dir: SortDirection): SQL[] {
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

/**
 * From this offset on, a page filtered by role and status at most (its total a read of the
 * counters) is read from whichever end of the list is nearer.
 */
export const FROM_END_PAST_OFFSET = 5_000;

/** A row's team names, by name, read in the row's own query (no second round trip per page). */
const TEAM_NAMES = sql<string[]>`coalesce((
  select array_agg(t.name order by t.name)
  from team_members tm join teams t on t.id = tm.team_id and t.organization_id = "members"."organization_id"
  where tm.member_id = "members"."id" and tm.organization_id = "members"."organization_id"
), '{}')`;

/** The fields of a members-list row, its team names included. */
export const LIST_FIELDS = {
  id: members.id,
  name: members.name,
  email: members.email,
  role: members.role,
  department: members.department,
  status: members.status,
  lastActiveAt: members.lastActiveAt,
  joinedAt: members.joinedAt,
  createdAt: members.createdAt,
  teams: TEAM_NAMES,
};

/** Whether the list is narrowed by nothing but role and status (member_counts answers its total; the API prepares its pages). */
export function filtersOnlyRoleAndStatus(options: ListMembersOptions): boolean {
  return !options.q?.trim() && !options.team?.length && !options.department?.length && !options.joined && !options.activity && !options.ids;
}

/**
 * One page of the list. `known.counts`: the organization's counters when the caller reads them
 * anyway (the members page's summary), so a total filtered by role and status alone costs no query.
 */
export async function listMembers(
  db: Queryable,
  options: ListMembersOptions,
  known: { counts?: Promise<readonly MemberCount[]> } = {},
  { fromEndPastOffset = FROM_END_PAST_OFFSET }: { fromEndPastOffset?: number } = {},
): Promise<MemberListPage> {
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

  const order = orderBy(sort, dir);
  const shape = preparedShape(options, sort, dir);
  const fetchPage = async (page: number): Promise<MemberListRow[]> => {
    const offset = (page - 1) * pageSize;
    if (!shape) return pageStatement(db, organizationId, where, order, pageSize, offset);
    return (await preparedPage(db, shape, options, order)).execute({ ...scopeValues(options), limit: pageSize, offset });
  };
  /** The rows from `start` to `end` (exclusive) of `total`, walked from the list's far end. */
  const fetchFromEnd = async (shape: string, total: number, start: number, end: number): Promise<MemberListRow[]> =>
    (await preparedPage(db, shape, options, order, { fromEnd: true })).execute({ ...scopeValues(options), limit: end - start, offset: total - end });

  /** Last active: the two segments' id pages, then their rows. */
  const fetchLastActivePage = async (page: number, firstSegmentSize: number): Promise<MemberListRow[]> => {
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

  // Filtered by role and status alone (or not at all), the total is a read of the counters.
  const countAll = async () =>
    filtersOnlyRoleAndStatus(options)
      ? countMatching(await (known.counts ?? getMemberCounts(db, { organizationId })), { roles: options.role, statuses: options.status })
      : countWhere(where);

  let total: number;
  let page = requestedPage;
  let rows: MemberListRow[];
  if (sort === "lastActive") {
    const [all, firstSegmentSize] = await Promise.all([
      countAll(),
      countWhere(and(where, lastActiveSegments(dir)[0]!.condition)),
    ]);
    total = all;
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    rows = await fetchLastActivePage(page, firstSegmentSize);
  } else if (shape && (requestedPage - 1) * pageSize >= fromEndPastOffset) {
    // Deep in the list the total comes first: a page nearer the end is read walking the index
    // from the end, so the last page of 100,000 walks 50 entries instead of 100,000.
    total = await countAll();
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    const start = (page - 1) * pageSize;
    const end = Math.min(start + pageSize, total);
    rows = end <= start ? [] : total - end < start ? await fetchFromEnd(shape, total, start, end) : await fetchPage(page);
  } else {
    const [all, firstTry] = await Promise.all([countAll(), fetchPage(requestedPage)]);
    total = all;
    rows = firstTry;
    const lastPage = Math.max(1, Math.ceil(total / pageSize));
    if (rows.length === 0 && requestedPage > lastPage) {
      page = lastPage;
      rows = total > 0 ? await fetchPage(page) : [];
    }
  }

  return {
    rows,
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    page,
  };
}

/**
 * A page by deferred join: the inner query walks only ids, in index order, to the offset; the
 * outer one reads the page's rows.
 */
function pageStatement(
  db: Queryable,
  organizationId: string,
  where: SQL,
  order: SQL[],
  limit: number | Placeholder,
  offset: number | Placeholder,
  idsOrder: SQL[] = order,
) {
  const ids = db.select({ id: members.id }).from(members).where(where).orderBy(...idsOrder).limit(limit).offset(offset).as("page_ids");
  return db
    .select(LIST_FIELDS)
    .from(members)
    .innerJoin(ids, eq(members.id, ids.id))
    .where(eq(members.organizationId, organizationId))
    .orderBy(...order);
}

/**
 * The pages the members table shows most — filtered by nothing or by role and status, in a sort
 * that follows an index — are built once per database with placeholders and kept as prepared
 * queries, one per shape (sort, direction, how many roles and statuses); others build each time.
 */
function preparedShape(options: ListMembersOptions, sort: MemberSortColumn, dir: SortDirection): string | null {
  if (!filtersOnlyRoleAndStatus(options) || sort === "lastActive") return null;
  return [sort, dir, options.role?.length ?? 0, options.status?.length ?? 0].join("_");
}

type PreparedPage = ReturnType<ReturnType<typeof pageStatement>["prepare"]>;

/**
 * `fromEnd`: the ids are walked in the opposite order (the offset counts from the list's end), the
 * rows still come out in the list's order. Every sort key reverses exactly: ascending keeps NULLs
 * last and descending first, PostgreSQL's defaults.
 */
async function preparedPage(
  db: Queryable,
  shape: string,
  options: ListMembersOptions,
  order: SQL[],
  { fromEnd = false }: { fromEnd?: boolean } = {},
): Promise<PreparedPage> {
  const name = `members_list_${shape}${fromEnd ? "_from_end" : ""}`;
  const kept = keptQuery<PreparedPage>(db, name);
  if (kept) return kept;
  // The same statement as an unprepared page's, its values as placeholders.
  const scope = scopePlaceholders(options);
  const sort = options.sort ?? DEFAULT_SORT;
  const idsOrder = fromEnd ? orderBy(sort, (options.dir ?? DEFAULT_DIR) === "asc" ? "desc" : "asc") : order;
  const statement = pageStatement(db, scope.organizationId, await listWhere(db, scope), order, sql.placeholder("limit"), sql.placeholder("offset"), idsOrder);
  return keepQuery(db, name, statement.prepare(name));
}

/** A value's placeholder, typed as the value it stands for (so it passes through the list's builders). */
export const placeholderFor = <T>(name: string) => sql.placeholder(name) as unknown as T;

/**
 * The organization and a role/status filter as placeholders (organizationId, role0…, status0…),
 * for a prepared list statement; scopeValues gives the values to execute it with.
 */
export function scopePlaceholders(options: ListMembersOptions): Pick<ListMembersOptions, "organizationId" | "role" | "status"> {
  return {
    organizationId: placeholderFor("organizationId"),
    role: options.role?.map((_, i) => placeholderFor<Role>(`role${i}`)),
    status: options.status?.map((_, i) => placeholderFor<MemberStatus>(`status${i}`)),
  };
}

export function scopeValues(options: ListMembersOptions): Record<string, string> {
  return {
    organizationId: options.organizationId,
    ...Object.fromEntries((options.role ?? []).map((role, i) => [`role${i}`, role])),
    ...Object.fromEntries((options.status ?? []).map((status, i) => [`status${i}`, status])),
  };
}

/** Team names of a page of members in one query. */
export async function teamNamesOf(db: Queryable, organizationId: string, memberIds: string[]): Promise<Map<string, string[]>> {
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
