"use server";
// The member actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, permission, input) — see define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { changeRole } from "./change-role";
import { createMember } from "./create-member";
import { decideAccessReview } from "./decide-access-review";
import { endMemberSessions } from "./end-member-sessions";
import { leaveOrganization } from "./leave-organization";
import { removeMember } from "./remove-member";
import { setMemberStatus } from "./set-member-status";
import { updateMember } from "./update-member";

export async function createMemberAction(slug: string, input: unknown) {
  return serveOrgAction(createMember, slug, input);
}

export async function updateMemberAction(slug: string, input: unknown) {
  return serveOrgAction(updateMember, slug, input);
}

export async function changeRoleAction(slug: string, input: unknown) {
  return serveOrgAction(changeRole, slug, input);
}

export async function setMemberStatusAction(slug: string, input: unknown) {
  return serveOrgAction(setMemberStatus, slug, input);
}

export async function removeMemberAction(slug: string, input: unknown) {
  return serveOrgAction(removeMember, slug, input);
}

export async function endMemberSessionsAction(slug: string, input: unknown) {
  return serveOrgAction(endMemberSessions, slug, input);
}

export async function leaveOrganizationAction(slug: string) {
  return serveOrgAction(leaveOrganization, slug, {});
}

export async function decideAccessReviewAction(slug: string, input: unknown) {
  return serveOrgAction(decideAccessReview, slug, input);
}
