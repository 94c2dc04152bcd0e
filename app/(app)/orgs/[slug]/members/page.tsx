// Members dashboard: summary counts, seat usage and the server-paginated members table; every
// view (search, filters, sort, page, open member) lives in the URL.
import type { Metadata } from "next";
import { InviteActions } from "@/components/invitations/bulk/invite-actions";
import { CreateMemberButton } from "@/components/members/create-member-button";
import { MemberSummaryCards } from "@/components/members/member-summary-cards";
import { SeatUsageBar } from "@/components/members/seat-usage-bar";
import { getDb } from "@/db";
import type { Organization } from "@/db/schema";
import { listMembers } from "@/db/queries/member-list";
import { getMemberDetail, getMemberSummary, listDepartments, seatUsageFromSummary } from "@/db/queries/members";
import { summarizeMemberSessions } from "@/db/queries/sessions";
import { listTeams } from "@/db/queries/teams";
import { requireOrgContext } from "@/lib/auth/org-context";
import { whyCannotEndSessions, type MemberSubject } from "@/lib/members/rules";
import { can } from "@/lib/permissions";
import { parseMembersSearch, type MembersSearch } from "@/lib/validation/members-search";
import { MembersPageClient } from "./page-client";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params, searchParams }: PageProps<"/orgs/[slug]/members">) {
  const [{ slug }, rawSearch] = await Promise.all([params, searchParams]);
  const { organization, member: viewer } = await requireOrgContext(slug);
  const search = parseMembersSearch(rawSearch);
  const data = await loadMembersPage(organization, viewer, search);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Members</h1>
          <p className="mt-1 text-sm text-slate-600">Manage organization members, their roles, and access permissions.</p>
        </div>
        {can(viewer, "members.invite") ? (
          <InviteActions slug={organization.slug} teams={data.teams} viewer={{ role: viewer.role, permissions: viewer.permissions }} defaultRole={organization.defaultRole}>
            <CreateMemberButton />
          </InviteActions>
        ) : null}
      </header>

      <MemberSummaryCards summary={data.summary} />
      {data.seats ? <SeatUsageBar seats={data.seats} /> : null}

      <MembersPageClient
        slug={organization.slug}
        viewer={{ id: viewer.id, role: viewer.role, status: viewer.status, permissions: viewer.permissions }}
        defaultRole={organization.defaultRole}
        search={{ ...search, page: data.list.page }}
        rows={data.list.rows}
        total={data.list.total}
        pageCount={data.list.pageCount}
        organizationEmpty={data.summary.total === 0}
        filterOptions={{ teams: data.teams, departments: data.departments }}
        detail={data.detailId ? { memberId: data.detailId, member: data.detail, sessions: data.sessions } : null}
        selectable={data.selectable}
        showActivity={data.showActivity}
        now={data.now}
      />
    </div>
  );
}

async function loadMembersPage(organization: Organization, viewer: MemberSubject, search: MembersSearch) {
  // The member shown in the Edit modal or, otherwise, the view modal.
  const detailId = search.edit ?? search.member;
  const organizationId = organization.id;
  const db = await getDb();
  // Seats and plan matter to those who invite people and to those who see billing.
  const showSeats = can(viewer, "members.invite") || can(viewer, "billing.view");
  const showActivity = can(viewer, "audit.view");
  // Row checkboxes exist for bulk actions; members who have none don't get them.
  const selectable = (["members.edit", "members.remove", "teams.manage", "data.export"] as const).some((p) => can(viewer, p));

  const [summary, list, departments, teams, detail] = await Promise.all([
    getMemberSummary(db, { organizationId }),
    listMembers(db, { organizationId, ...search }),
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
