"use server";
// The invitation actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, permission, input) — see define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { cancelInvitation } from "./cancel-invitation";
import { removeInvitation } from "./remove-invitation";
import { removeInvitations } from "./remove-invitations";
import { resendInvitation } from "./resend-invitation";
import { updateInvitation } from "./update-invitation";

export async function resendInvitationAction(slug: string, input: unknown) {
  return serveOrgAction(resendInvitation, slug, input);
}

export async function cancelInvitationAction(slug: string, input: unknown) {
  return serveOrgAction(cancelInvitation, slug, input);
}

export async function updateInvitationAction(slug: string, input: unknown) {
  return serveOrgAction(updateInvitation, slug, input);
}

export async function removeInvitationAction(slug: string, input: unknown) {
  return serveOrgAction(removeInvitation, slug, input);
}

export async function removeInvitationsAction(slug: string, input: unknown) {
  return serveOrgAction(removeInvitations, slug, input);
}
