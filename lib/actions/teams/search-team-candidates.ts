// The Add members dialog's search: members of the organization by name or email, each marked if
// already in the team. A read, so no transaction or organization lock; it still authorizes itself
// like every action (session → active membership of `slug` → teams.manage → input).
import "server-only";
import type { Database } from "@/db/client";
import { findActiveMembership } from "@/db/queries/organizations";
import { getTeam, searchTeamCandidates as queryCandidates, type TeamCandidate } from "@/db/queries/teams";
import type { RequestIdentity } from "@/lib/actions/define-org-action";
import { fail, ok, type ActionResult, type FieldErrors } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { TEAM_CANDIDATE_LIMIT, teamCandidateSearchSchema } from "@/lib/validation/teams";

export interface TeamCandidateResults {
  candidates: TeamCandidate[];
  /** More people match than were returned: the query should be narrower. */
  more: boolean;
}

export const searchTeamCandidates = {
  async run(db: Database, identity: RequestIdentity, slug: unknown, input: unknown): Promise<ActionResult<TeamCandidateResults>> {
    try {
      if (!identity.user) return fail("unauthenticated", "Sign in to continue.");
      if (typeof slug !== "string" || slug.length > 100) return fail("not_found", "Organization not found.");
      const actor = await findActiveMembership(db, { slug, userId: identity.user.id });
      if (!actor) return fail("not_found", "Organization not found.");
      if (!can(actor.member, "teams.manage")) return fail("forbidden", "You don't have permission to do that.");

      const parsed = teamCandidateSearchSchema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors: FieldErrors = {};
        for (const issue of parsed.error.issues)
          (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
        return fail("invalid_input", "Please correct the highlighted fields.", fieldErrors);
      }
      const organizationId = actor.organization.id;
      const team = await getTeam(db, { organizationId, teamId: parsed.data.teamId });
      if (!team) return fail("not_found", "Team not found.");
      return ok(await queryCandidates(db, { organizationId, teamId: team.id, q: parsed.data.q, limit: TEAM_CANDIDATE_LIMIT }));
    } catch (error) {
      // If anything on the way throws, the caller is refused and learns nothing.
      console.error("[action] team candidate search failed", error instanceof Error ? error.message : error);
      return fail("internal", "Something went wrong. Please try again.");
    }
  },
};
