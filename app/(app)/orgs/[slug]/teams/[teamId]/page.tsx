// One team: its details and a page of its members (filterable by name or email). Those who
// manage teams add and remove members and set team roles; they and the team's Maintainers invite
// members to it; everyone else reads. The layout has
// already answered 404 for teams that are not this organization's.
import type { Metadata } from "next";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { can } from "@/lib/permissions";
import { isTeamMaintainer, loadTeamMembersPage, requireTeam } from "@/lib/teams/teams-page-data";
import { teamMembersSearch } from "@/lib/validation/teams";
import { TeamPageClient } from "./page-client";

export async function generateMetadata({ params }: PageProps<"/orgs/[slug]/teams/[teamId]">): Promise<Metadata> {
  const { slug, teamId } = await params;
  const { organization } = await requireOrgPermission(slug, "members.view");
  const team = await requireTeam(organization.id, teamId);
  return { title: team.name };
}

export default async function TeamPage({ params, searchParams }: PageProps<"/orgs/[slug]/teams/[teamId]">) {
  const [{ slug, teamId }, rawSearch] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.view");
  const team = await requireTeam(context.organization.id, teamId);
  const search = teamMembersSearch.parse(rawSearch);
  const [list, maintainer] = await Promise.all([loadTeamMembersPage(context, team, search), isTeamMaintainer(context, team)]);
  const canManage = can(context.member, "teams.manage");

  return (
    <TeamPageClient
      slug={context.organization.slug}
      team={team}
      canManage={canManage}
      canInvite={canManage || maintainer}
      list={{ rows: list.rows, total: list.total, page: list.page, pageCount: list.pageCount, pageSize: list.pageSize }}
    />
  );
}
