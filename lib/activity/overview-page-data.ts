// The activity overview: how many active members were seen in the last 7, 30 and 90 days, and the
// active members silent for 30 days or more — the usual start of an access review.
import "server-only";
import { getDb } from "@/db";
import { countActiveMembers, listInactiveMembers } from "@/db/queries/activity-overview";
import type { OrgContext } from "@/lib/auth/org-context";
import { can } from "@/lib/permissions";
import { INACTIVE_AFTER_DAYS, INACTIVE_PAGE_SIZE, type ActivityOverviewSearch } from "@/lib/validation/activity-overview-search";

export async function loadActivityOverview({ organization, member }: OrgContext, search: ActivityOverviewSearch) {
  const db = await getDb();
  const now = new Date();
  const organizationId = organization.id;
  const counts = await countActiveMembers(db, { organizationId, now });
  let page = search.page;
  let inactive = await listInactiveMembers(db, { organizationId, days: INACTIVE_AFTER_DAYS, now, limit: INACTIVE_PAGE_SIZE, offset: (page - 1) * INACTIVE_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(inactive.total / INACTIVE_PAGE_SIZE));
  if (inactive.rows.length === 0 && page > pageCount) {
    page = pageCount;
    inactive = await listInactiveMembers(db, { organizationId, days: INACTIVE_AFTER_DAYS, now, limit: INACTIVE_PAGE_SIZE, offset: (page - 1) * INACTIVE_PAGE_SIZE });
  }
  return {
    counts,
    inactive: { ...inactive, page, pageCount },
    canStartReview: can(member, "members.remove"),
    now: now.getTime(),
  };
}

export type ActivityOverview = Awaited<ReturnType<typeof loadActivityOverview>>;
