// Members dashboard: summary counts, seat usage and the server-paginated members table; every
// view (search, filters, sort, page, open member) lives in the URL.
import type { Metadata } from "next";
import { ExportMembersLink } from "@/components/exports/export-members-link";
import { InviteActions } from "@/components/invitations/bulk/invite-actions";
import { CreateMemberButton } from "@/components/members/create-member-button";
import { toMemberRow } from "@/components/members/member-row";
import { MemberSummaryCards } from "@/components/members/member-summary-cards";
import { SeatUsageBar } from "@/components/members/seat-usage-bar";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadMembersPage } from "@/lib/members/members-page-data";
import { can } from "@/lib/permissions";
import { membersSearch } from "@/lib/validation/members-search";
import { MembersPageClient } from "./page-client";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params, searchParams }: PageProps<"/orgs/[slug]/members">) {
  const [{ slug }, rawSearch] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.view");
  const { organization, member: viewer } = context;
  const search = membersSearch.parse(rawSearch);
  const data = await loadMembersPage(context, search);

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
        page={data.list.page}
        toolbarEnd={can(viewer, "data.export") ? <ExportMembersLink slug={organization.slug} /> : null}
        rows={data.list.rows.map(toMemberRow)}
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
