// The Teams pages' data: the list with member counts (filtered and sorted by the URL), the team a /teams/[teamId] request is about
// (a 404 for unknown ids, other organizations' teams and ids that are not uuids) and a page of
// its members. Each receives the context the page's permission check returned.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { getTeamMembership, getTeamSummary, listTeamMembersPage, listTeamsWithCounts, type TeamSummary } from "@/db/queries/teams";
import type { OrgContext } from "@/lib/auth/org-context";
import { TEAM_MEMBERS_PAGE_SIZE, type TeamMembersSearch, type TeamsListSearch } from "@/lib/validation/teams";

export async function loadTeamsPage({ organization }: OrgContext, search: TeamsListSearch) {
  const teams = await listTeamsWithCounts(await getDb(), { organizationId: organization.id, q: search.q, sort: search.sort, desc: search.dir === "desc" });
  return teams.map((team) => ({ ...team, memberCount: Number(team.memberCount) }));
}

/** Loaded once per request for the team's layout, metadata and page. */
export const requireTeam = cache(async (organizationId: string, teamId: string): Promise<TeamSummary> => {
  const team = await getTeamSummary(await getDb(), { organizationId, teamId });
  if (!team) notFound();
  return team;
});

export async function loadTeamMembersPage({ organization }: OrgContext, team: TeamSummary, search: TeamMembersSearch) {
  const list = await listTeamMembersPage(await getDb(), {
    organizationId: organization.id,
    teamId: team.id,
    page: search.page,
    pageSize: TEAM_MEMBERS_PAGE_SIZE,
    q: search.q,
  });
  return { ...list, pageSize: TEAM_MEMBERS_PAGE_SIZE };
}

/** Whether the caller is a Maintainer of the team (they may invite to it without managing teams). */
export async function isTeamMaintainer({ organization, member }: OrgContext, team: TeamSummary): Promise<boolean> {
  const membership = await getTeamMembership(await getDb(), { organizationId: organization.id, teamId: team.id, memberId: member.id });
  return membership?.teamRole === "maintainer";
}
