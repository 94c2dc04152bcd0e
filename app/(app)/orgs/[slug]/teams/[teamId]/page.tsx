// One team: its details and a page of its members (filterable by name or email). Those who
// manage teams add and remove members and set team roles; everyone else reads. The layout has
// already answered 404 for teams that are not this organization's.
import type { Metadata } from "next";
import { getDb } from "@/db";
import { listTeamMembersPage } from "@/db/queries/teams";
import { can } from "@/lib/permissions";
import { parseTeamMembersSearch, TEAM_MEMBERS_PAGE_SIZE } from "@/lib/validation/teams";
import { TeamPageClient } from "./page-client";
import { requireTeamContext } from "./team-context";

export async function generateMetadata({ params }: PageProps<"/orgs/[slug]/teams/[teamId]">): Promise<Metadata> {
  const { slug, teamId } = await params;
  const { team } = await requireTeamContext(slug, teamId);
  return { title: team.name };
}

export default async function TeamPage({ params, searchParams }: PageProps<"/orgs/[slug]/teams/[teamId]">) {
  const [{ slug, teamId }, rawSearch] = await Promise.all([params, searchParams]);
  const { organization, member, team } = await requireTeamContext(slug, teamId);
  const search = parseTeamMembersSearch(rawSearch);
  const list = await listTeamMembersPage(await getDb(), {
    organizationId: organization.id,
    teamId: team.id,
    page: search.page,
    pageSize: TEAM_MEMBERS_PAGE_SIZE,
    q: search.q,
  });

  return (
    <TeamPageClient
      slug={organization.slug}
      team={team}
      canManage={can(member, "teams.manage")}
      search={{ q: search.q, page: list.page }}
      list={{ rows: list.rows, total: list.total, pageCount: list.pageCount, pageSize: TEAM_MEMBERS_PAGE_SIZE }}
    />
  );
}
