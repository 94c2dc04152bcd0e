// The activity overview's counts and its list of inactive members: active members seen within
// 7, 30 and 90 days (one pass over the (organization_id, last_active_at, id) index), and the
// active members not seen for `days` or more, longest-silent first.
import "server-only";
import { and, asc, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members } from "@/db/schema";
import type { Role } from "@/db/schema/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ActivityCounts {
  /** Active members (status Active): the base of the percentages. */
  members: number;
  within7: number;
  within30: number;
  within90: number;
  /** Active members never seen (joined before activity was recorded, or never came back). */
  never: number;
}

export async function countActiveMembers(db: Queryable, { organizationId, now }: { organizationId: string; now: Date }): Promise<ActivityCounts> {
  const since = (days: number) => sql`${new Date(now.getTime() - days * DAY_MS).toISOString()}::timestamp(3)`;
  const [row] = await db
    .select({
      members: sql<number>`count(*)::int`,
      within7: sql<number>`(count(*) filter (where ${members.lastActiveAt} >= ${since(7)}))::int`,
      within30: sql<number>`(count(*) filter (where ${members.lastActiveAt} >= ${since(30)}))::int`,
      within90: sql<number>`(count(*) filter (where ${members.lastActiveAt} >= ${since(90)}))::int`,
      never: sql<number>`(count(*) filter (where ${members.lastActiveAt} is null))::int`,
    })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.status, "active")));
  return { members: row?.members ?? 0, within7: row?.within7 ?? 0, within30: row?.within30 ?? 0, within90: row?.within90 ?? 0, never: row?.never ?? 0 };
}

export interface InactiveMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  department: string | null;
  lastActiveAt: Date | null;
  joinedAt: Date | null;
}

function inactiveWhere(organizationId: string, cutoff: Date): SQL {
  return and(
    eq(members.organizationId, organizationId),
    eq(members.status, "active"),
    or(isNull(members.lastActiveAt), lt(members.lastActiveAt, cutoff)),
  )!;
}

/** Active members with no activity for `days` days or more: never-seen first, then longest ago. */
export async function listInactiveMembers(
  db: Queryable,
  { organizationId, days, now, limit, offset }: { organizationId: string; days: number; now: Date; limit: number; offset: number },
): Promise<{ rows: InactiveMember[]; total: number }> {
  const where = inactiveWhere(organizationId, new Date(now.getTime() - days * DAY_MS));
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: members.id,
        name: members.name,
        email: members.email,
        role: members.role,
        department: members.department,
        lastActiveAt: members.lastActiveAt,
        joinedAt: members.joinedAt,
      })
      .from(members)
      .where(where)
      .orderBy(sql`${members.lastActiveAt} asc nulls first`, asc(members.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(members).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Ids of the active members with no activity for `days` days or more (an access review's scope). */
export async function inactiveMemberIds(db: Queryable, { organizationId, days, now }: { organizationId: string; days: number; now: Date }): Promise<string[]> {
  const rows = await db.select({ id: members.id }).from(members).where(inactiveWhere(organizationId, new Date(now.getTime() - days * DAY_MS)));
  return rows.map((row) => row.id);
}
