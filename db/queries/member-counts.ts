// Member totals from member_counts (kept by triggers on members, migration 0011): the members
// page's summary and the list's total when it is filtered by role and status alone, without a count
// over every member of a large organization.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { memberCounts } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";

export interface MemberSummary {
  total: number;
  active: number;
  inactive: number;
  pending: number;
}

/** The organization's members by status, and in all. */
export async function getMemberSummary(db: Queryable, { organizationId }: { organizationId: string }): Promise<MemberSummary> {
  const rows = await db.select({ status: memberCounts.status, count: memberCounts.count }).from(memberCounts).where(eq(memberCounts.organizationId, organizationId));
  const summary: MemberSummary = { total: 0, active: 0, inactive: 0, pending: 0 };
  for (const row of rows) {
    summary[row.status] += row.count;
    summary.total += row.count;
  }
  return summary;
}

/** How many members have one of `roles` and one of `statuses` (either absent or empty: any). */
export async function countMembersByRoleAndStatus(
  db: Queryable,
  { organizationId, roles, statuses }: { organizationId: string; roles?: readonly Role[]; statuses?: readonly MemberStatus[] },
): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${memberCounts.count}), 0)::int` })
    .from(memberCounts)
    .where(
      and(
        eq(memberCounts.organizationId, organizationId),
        roles?.length ? inArray(memberCounts.role, [...roles]) : undefined,
        statuses?.length ? inArray(memberCounts.status, [...statuses]) : undefined,
      ),
    );
  return Number(row?.total ?? 0);
}
