// The Members page's data for a member the page has let in: summary, seats, one page of the
// table, the filter options and the member open in a modal. What the viewer sees beyond the list
// (seats, activity, sessions, row checkboxes) follows their permissions.
import "server-only";
import { getDb } from "@/db";
import { listMembers } from "@/db/queries/member-list";
import { getMemberCounts, summaryOf } from "@/db/queries/member-counts";
import { getMemberDetail, listDepartments, seatUsageFromSummary } from "@/db/queries/members";
import { summarizeMemberSessions } from "@/db/queries/sessions";
import { listTeams } from "@/db/queries/teams";
import type { OrgContext } from "@/lib/auth/org-context";
import { rolesMatchingQuery } from "@/lib/members/role-search";
import { whyCannotEndSessions } from "@/lib/members/rules";
import { can } from "@/lib/permissions";
import type { MembersSearch } from "@/lib/validation/members-search";

export type MembersPageData = Awaited<ReturnType<typeof loadMembersPage>>;

export async function loadMembersPage({ organization, member: viewer }: OrgContext, search: MembersSearch) {
  // The member shown in the Edit modal or, otherwise, the view modal.
  const detailId = search.edit ?? search.member;
  const organizationId = organization.id;
  const db = await getDb();
  // Seats and plan matter to those who invite people and to those who see billing.
  const showSeats = can(viewer, "members.invite") || can(viewer, "billing.view");
  const showActivity = can(viewer, "audit.view");
  // Row checkboxes exist for bulk actions; members who have none don't get them.
  const selectable = (["members.edit", "members.remove", "teams.manage", "data.export"] as const).some((p) => can(viewer, p));

  // One read of the counters gives the summary cards and, unless the list is searched or filtered
  // by more than role and status, the list's total.
  const counts = getMemberCounts(db, { organizationId });
  const [summary, list, departments, teams, detail] = await Promise.all([
    counts.then(summaryOf),
    listMembers(db, { organizationId, ...search, queryRoles: rolesMatchingQuery(search.q) }, { counts }),
    listDepartments(db, { organizationId }),
    listTeams(db, { organizationId }),
    detailId ? getMemberDetail(db, { organizationId, memberId: detailId, includeActivity: showActivity }) : null,
  ]);
  // Relative times ("3 days ago") are computed from this on the server and in the browser alike.
  const now = Date.now();
  // Sessions are the person's, across organizations: only those who may end them see them.
  const sessions =
    detail && !whyCannotEndSessions(viewer, detail)
      ? await summarizeMemberSessions(db, { organizationId, memberId: detail.id, now: new Date(now) })
      : null;
  const seats = showSeats ? seatUsageFromSummary(organization, summary) : null;
  return { summary, seats, list, departments, teams, detailId, detail, sessions, showActivity, selectable, now };
}
