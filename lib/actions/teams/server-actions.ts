"use server";
// The team actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, permission, input) — see kernel/define-org-action.ts and, for
// the candidate search, kernel/define-org-query.ts.
import { serveOrgAction, serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { addTeamMembers } from "./add-team-members";
import { createTeam } from "./create-team";
import { deleteTeam } from "./delete-team";
import { inviteToTeam } from "./invite-to-team";
import { removeTeamMember } from "./remove-team-member";
import { respondToTeamInvitation } from "./respond-to-team-invitation";
import { searchTeamCandidates } from "./search-team-candidates";
import { setTeamMemberRole } from "./set-team-member-role";
import { updateTeam } from "./update-team";

export async function createTeamAction(slug: string, input: unknown) {
  return serveOrgAction(createTeam, slug, input);
}

export async function updateTeamAction(slug: string, input: unknown) {
  return serveOrgAction(updateTeam, slug, input);
}

export async function deleteTeamAction(slug: string, input: unknown) {
  return serveOrgAction(deleteTeam, slug, input);
}

export async function addTeamMembersAction(slug: string, input: unknown) {
  return serveOrgAction(addTeamMembers, slug, input);
}

export async function removeTeamMemberAction(slug: string, input: unknown) {
  return serveOrgAction(removeTeamMember, slug, input);
}

export async function setTeamMemberRoleAction(slug: string, input: unknown) {
  return serveOrgAction(setTeamMemberRole, slug, input);
}

export async function searchTeamCandidatesAction(slug: string, input: unknown) {
  return serveOrgQuery(searchTeamCandidates, slug, input);
}

export async function inviteToTeamAction(slug: string, input: unknown) {
  return serveOrgAction(inviteToTeam, slug, input);
}

export async function respondToTeamInvitationAction(slug: string, input: unknown) {
  return serveOrgAction(respondToTeamInvitation, slug, input);
}
