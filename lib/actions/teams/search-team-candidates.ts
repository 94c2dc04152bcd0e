// The Add members dialog's search: members of the organization by name or email, each marked if
// already in the team. A read (defineOrgQuery): session → active membership of `slug` →
// teams.manage → input, no transaction or organization lock.
import "server-only";
import { searchTeamCandidates as queryCandidates, type TeamCandidate } from "@/db/queries/teams";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { loadTeam } from "@/lib/teams/team-checks";
import { TEAM_CANDIDATE_LIMIT, teamCandidateSearchSchema } from "@/lib/validation/teams";

export interface TeamCandidateResults {
  candidates: TeamCandidate[];
  /** More people match than were returned: the query should be narrower. */
  more: boolean;
}

export const searchTeamCandidates = defineOrgQuery({
  permission: "teams.manage",
  schema: teamCandidateSearchSchema,
  async handler({ db, organization }, input): Promise<TeamCandidateResults> {
    const team = await loadTeam(db, organization.id, input.teamId);
    return queryCandidates(db, { organizationId: organization.id, teamId: team.id, q: input.q, limit: TEAM_CANDIDATE_LIMIT });
  },
});
