// Team reads (the writes are in team-writes.ts). Every function takes the database (or a
// transaction) and the organization id, and the organization is part of every where clause.
import "server-only";
import { and, asc, count, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { members, teamMembers, teams, type TeamRole } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";
import { escapeLike } from "./member-list";
import { isUuid } from "./members";

export type TeamListSort = "name" | "members" | "created";

/**
 * The organization's teams with their member counts, by name unless `sort` says otherwise;
 * `q` narrows to names containing it (teams per organization are few: no paging).
 */
export async function listTeamsWithCounts(
  db: Queryable,
  { organizationId, q = "", sort = "name", desc = false }: { organizationId: string; q?: string; sort?: TeamListSort; desc?: boolean },
) {
  const memberCount = sql<number>`(select count(*)::int from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`;
  const byName = sql`lower(${teams.name})`;
  const key = sort === "members" ? memberCount : sort === "created" ? teams.createdAt : byName;
  const needle = q.trim();
  return db
    .select({ id: teams.id, name: teams.name, description: teams.description, createdAt: teams.createdAt, memberCount })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), needle ? ilike(teams.name, `%${escapeLike(needle)}%`) : undefined))
    .orderBy(desc ? sql`${key} desc` : asc(key), asc(byName), asc(teams.id));
}

export async function getTeam(db: Queryable, { organizationId, teamId }: { organizationId: string; teamId: string }) {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  return team ?? null;
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

/** Whether another team of the organization has `name`, compared case-insensitively. */
export async function isTeamNameTaken(
  db: Queryable,
  { organizationId, name, exceptTeamId }: { organizationId: string; name: string; exceptTeamId?: string },
): Promise<boolean> {
  const [clash] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), sql`lower(${teams.name}) = lower(${name})`, exceptTeamId ? ne(teams.id, exceptTeamId) : undefined))
    .limit(1);
  return Boolean(clash);
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
  return preparedQuery(db, "team_options", () =>
    db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.organizationId, sql.placeholder("organizationId")))
      .orderBy(asc(teams.name), asc(teams.id)),
  ).execute({ organizationId });
}

// ---------------------------------------------------------------------------------------------
// The team pages and the team actions

export interface TeamSummary {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  memberCount: number;
}

/** One team of the organization with its member count, or null (unknown id, other organization, not a uuid). */
export async function getTeamSummary(
  db: Queryable,
  { organizationId, teamId }: { organizationId: string; teamId: string },
): Promise<TeamSummary | null> {
  if (!isUuid(teamId)) return null;
  const [team] = await db
    .select({
      id: teams.id,
      name: teams.name,
      description: teams.description,
      createdAt: teams.createdAt,
      memberCount: sql<number>`(select count(*)::int from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`,
    })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  return team ? { ...team, memberCount: Number(team.memberCount) } : null;
}

export interface TeamMemberRow {
  memberId: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  teamRole: TeamRole;
}

export interface TeamMembersPage {
  rows: TeamMemberRow[];
  /** Members of the team matching `q` (all of them without one). */
  total: number;
  /** The page shown: the requested one, or the last one when the request was past the end. */
  page: number;
  pageCount: number;
}

/** Below this many characters a query matches the start of a word rather than any substring. */
const SUBSTRING_MIN_LENGTH = 3;

/**
 * search_text is lower(name || ' ' || email) with a trigram index. ILIKE '%q%' uses it from three
 * characters on; a shorter query has no trigram and would scan every member, so it matches the
 * start of a word of the name, or of the email, which the index can serve.
 */
function searchCondition(q: string): SQL | undefined {
  if (!q) return undefined;
  const needle = escapeLike(q.toLowerCase());
  if (q.length >= SUBSTRING_MIN_LENGTH) return ilike(members.searchText, `%${needle}%`);
  return or(ilike(members.searchText, `${needle}%`), ilike(members.searchText, `% ${needle}%`));
}

/** A page of the team's members by name, optionally narrowed by name or email. */
export async function listTeamMembersPage(
  db: Queryable,
  { organizationId, teamId, page, pageSize, q = "" }: { organizationId: string; teamId: string; page: number; pageSize: number; q?: string },
): Promise<TeamMembersPage> {
  const inTeam = and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId));
  const search = searchCondition(q.trim());
  const where = and(inTeam, search);
  const joined = and(eq(members.id, teamMembers.memberId), eq(members.organizationId, organizationId));
  // Without a search, counting needs only the team's rows (every one has its member: the foreign key).
  const counting = search
    ? db.select({ total: count() }).from(teamMembers).innerJoin(members, joined).where(where)
    : db.select({ total: count() }).from(teamMembers).where(inTeam);
  const fetch = (n: number) =>
    db
      .select({
        memberId: members.id,
        name: members.name,
        email: members.email,
        role: members.role,
        status: members.status,
        teamRole: teamMembers.role,
      })
      .from(teamMembers)
      .innerJoin(members, joined)
      .where(where)
      .orderBy(asc(members.name), asc(members.id))
      .limit(pageSize)
      .offset((n - 1) * pageSize);
  const [[counted], firstTry] = await Promise.all([counting, fetch(page)]);
  const total = Number(counted?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (firstTry.length === 0 && page > pageCount) {
    return { rows: total > 0 ? await fetch(pageCount) : [], total, page: pageCount, pageCount };
  }
  return { rows: firstTry, total, page, pageCount };
}

export interface TeamCandidate {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  /** Already a member of the team. */
  inTeam: boolean;
}

/**
 * Members of the organization whose name or email contains `q` (everyone without one), by name,
 * at most `limit`; `more` says whether there were further matches. Each says whether they are
 * already in the team.
 */
export async function searchTeamCandidates(
  db: Queryable,
  { organizationId, teamId, q, limit }: { organizationId: string; teamId: string; q: string; limit: number },
): Promise<{ candidates: TeamCandidate[]; more: boolean }> {
  const rows = await db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      role: members.role,
      status: members.status,
      inTeam: sql<boolean>`${teamMembers.memberId} is not null`,
    })
    .from(members)
    .leftJoin(
      teamMembers,
      and(eq(teamMembers.memberId, members.id), eq(teamMembers.teamId, teamId), eq(teamMembers.organizationId, organizationId)),
    )
    .where(and(eq(members.organizationId, organizationId), searchCondition(q.trim())))
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit + 1);
  return { candidates: rows.slice(0, limit).map((r) => ({ ...r, inTeam: Boolean(r.inTeam) })), more: rows.length > limit };
}

/** Members of the organization among `memberIds` (ids of other organizations are left out). */
export async function findOrganizationMembers(
  db: Queryable,
  { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] },
): Promise<{ id: string; name: string; email: string }[]> {
  if (memberIds.length === 0) return [];
  return db
    .select({ id: members.id, name: members.name, email: members.email })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])));
}

/** Which of `memberIds` are already in the team. */
export async function findTeamMemberIds(
  db: Queryable,
  { organizationId, teamId, memberIds }: { organizationId: string; teamId: string; memberIds: readonly string[] },
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ memberId: teamMembers.memberId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.organizationId, organizationId),
        eq(teamMembers.teamId, teamId),
        inArray(teamMembers.memberId, [...memberIds]),
      ),
    );
  return rows.map((r) => r.memberId);
}

/** One member's place in a team (with their name and email for the audit trail), or null. */
export async function getTeamMembership(
  db: Queryable,
  { organizationId, teamId, memberId }: { organizationId: string; teamId: string; memberId: string },
): Promise<{ memberId: string; name: string; email: string; teamRole: TeamRole } | null> {
  const [row] = await db
    .select({ memberId: members.id, name: members.name, email: members.email, teamRole: teamMembers.role })
    .from(teamMembers)
    .innerJoin(members, and(eq(members.id, teamMembers.memberId), eq(members.organizationId, organizationId)))
    .where(
      and(
        eq(teamMembers.organizationId, organizationId),
        eq(teamMembers.teamId, teamId),
        eq(teamMembers.memberId, memberId),
      ),
    );
  return row ?? null;
}
