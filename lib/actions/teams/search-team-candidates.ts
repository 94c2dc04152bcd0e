// The Add members dialog's search: members of the organization by name or email, each marked if
// already in the team. A read (defineOrgQuery): session → active membership of `slug` →
// teams.manage, or Maintainer of the team (who may invite to it) → input, no transaction or lock.
import "server-only";
import { getTeamMembership, searchTeamCandidates as queryCandidates, type TeamCandidate } from "@/db/queries/teams";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { ActionError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { loadTeam } from "@/lib/teams/team-checks";
import { TEAM_CANDIDATE_LIMIT, teamCandidateSearchSchema } from "@/lib/validation/teams";

export interface TeamCandidateResults {
  candidates: TeamCandidate[];
  /** More people match than were returned: the query should be narrower. */
  more: boolean;
}

export const searchTeamCandidates = defineOrgQuery({
  // Everyone passes the gate; managers of teams and the team's own Maintainers are let through below.
  permission: "members.view",
  schema: teamCandidateSearchSchema,
  async handler({ db, organization, actor }, input): Promise<TeamCandidateResults> {
    const team = await loadTeam(db, organization.id, input.teamId);
    if (!can(actor, "teams.manage")) {
      const own = await getTeamMembership(db, { organizationId: organization.id, teamId: team.id, memberId: actor.id });
      if (own?.teamRole !== "maintainer") throw new ActionError("forbidden", "You don't have permission to do that.");
    }
    return queryCandidates(db, { organizationId: organization.id, teamId: team.id, q: input.q, limit: TEAM_CANDIDATE_LIMIT });
  },
});
