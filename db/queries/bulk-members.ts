// Reads for bulk actions on members: which members a selection names (explicit ids or the members
// list's own where clause, evaluated now) and those members with their teams, locked in id order
// when an apply batch is about to change them. Always scoped to the organization: a foreign id
// simply matches nothing.
import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, teamMembers, type Member } from "@/db/schema";
import type { TeamRole } from "@/db/schema/enums";
import { listWhere, type ListMembersOptions } from "./member-list";

export type SelectionQuery = { ids: readonly string[] } | { filter: Omit<ListMembersOptions, "page" | "pageSize" | "sort" | "dir"> };

/** Ids of the organization's members the selection names, in id order (the order batches take). */
export async function selectMemberIds(db: Queryable, organizationId: string, selection: SelectionQuery): Promise<string[]> {
  if ("ids" in selection) {
    if (selection.ids.length === 0) return [];
    const rows = await db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...selection.ids])))
      .orderBy(asc(members.id));
    return rows.map((row) => row.id);
  }
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(await listWhere(db, { ...selection.filter, organizationId }))
    .orderBy(asc(members.id));
  return rows.map((row) => row.id);
}

export interface TeamPlace {
  teamId: string;
  role: TeamRole;
}

export interface MemberWithTeams extends Member {
  teams: TeamPlace[];
}

/** The members (of this organization only) with their teams, in id order; `lock` takes their row locks. */
export async function loadMembersWithTeams(
  db: Queryable,
  { organizationId, memberIds, lock = false }: { organizationId: string; memberIds: readonly string[]; lock?: boolean },
): Promise<MemberWithTeams[]> {
  if (memberIds.length === 0) return [];
  const base = db
    .select()
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])))
    .orderBy(asc(members.id));
  const rows = lock ? await base.for("update") : await base;
  const places = await db
    .select({ memberId: teamMembers.memberId, teamId: teamMembers.teamId, role: teamMembers.role })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.memberId, rows.map((r) => r.id))))
    .orderBy(asc(teamMembers.teamId));
  const byMember = new Map<string, TeamPlace[]>();
  for (const place of places) {
    const list = byMember.get(place.memberId) ?? [];
    list.push({ teamId: place.teamId, role: place.role });
    byMember.set(place.memberId, list);
  }
  return rows.map((row) => ({ ...row, teams: byMember.get(row.id) ?? [] }));
}

/** Members of the organization holding any of these user ids or emails (someone who came back). */
export async function findMembersByUserOrEmail(
  db: Queryable,
  { organizationId, userIds, emails }: { organizationId: string; userIds: readonly string[]; emails: readonly string[] },
): Promise<{ id: string; userId: string | null; email: string }[]> {
  if (userIds.length === 0 && emails.length === 0) return [];
  return db
    .select({ id: members.id, userId: members.userId, email: members.email })
    .from(members)
    .where(
      and(
        eq(members.organizationId, organizationId),
        or(userIds.length ? inArray(members.userId, [...userIds]) : undefined, emails.length ? inArray(members.email, [...emails]) : undefined),
      ),
    );
}
