// Member totals from member_counts (kept by triggers on members, migration 0011): the members
// page's summary and the list's total when it is filtered by role and status alone, without a count
// over every member of a large organization. One read of an organization's counters (a row per
// role × status) answers both.
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { memberCounts } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";

export interface MemberSummary {
  total: number;
  active: number;
  inactive: number;
  pending: number;
}

/** How many of an organization's members have this role and status. */
export interface MemberCount {
  role: Role;
  status: MemberStatus;
  count: number;
}

/** The organization's counters, a row per role × status that has members. */
export async function getMemberCounts(db: Queryable, { organizationId }: { organizationId: string }): Promise<MemberCount[]> {
  return preparedQuery(db, "member_counts_of_organization", () =>
    db
      .select({ role: memberCounts.role, status: memberCounts.status, count: memberCounts.count })
      .from(memberCounts)
      .where(eq(memberCounts.organizationId, sql.placeholder("organizationId"))),
  ).execute({ organizationId });
}

/** Members by status, and in all. */
export function summaryOf(counts: readonly MemberCount[]): MemberSummary {
  const summary: MemberSummary = { total: 0, active: 0, inactive: 0, pending: 0 };
  for (const row of counts) {
    summary[row.status] += row.count;
    summary.total += row.count;
  }
  return summary;
}

/** How many have one of `roles` and one of `statuses` (either absent or empty: any). */
export function countMatching(
  counts: readonly MemberCount[],
  { roles, statuses }: { roles?: readonly Role[]; statuses?: readonly MemberStatus[] },
): number {
  let total = 0;
  for (const row of counts) {
    if (roles?.length && !roles.includes(row.role)) continue;
    if (statuses?.length && !statuses.includes(row.status)) continue;
    total += row.count;
  }
  return total;
}

/** The organization's members by status, and in all. */
export async function getMemberSummary(db: Queryable, options: { organizationId: string }): Promise<MemberSummary> {
  return summaryOf(await getMemberCounts(db, options));
}
