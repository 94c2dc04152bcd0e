"use server";
// The organization settings actions as server functions the browser can call. Each authorizes
// itself (session, membership of `slug`, permission, input) — see define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/serve-org-action";
import { deleteOrganization } from "./delete-organization";
import { sendReauthCode } from "./send-reauth-code";
import { transferOwnership } from "./transfer-ownership";
import { updateOrganization } from "./update-organization";
import { updateSeatLimit } from "./update-seat-limit";

export async function updateOrganizationAction(slug: string, input: unknown) {
  return serveOrgAction(updateOrganization, slug, input);
}

export async function updateSeatLimitAction(slug: string, input: unknown) {
  return serveOrgAction(updateSeatLimit, slug, input);
}

export async function sendReauthCodeAction(slug: string, input: unknown) {
  return serveOrgAction(sendReauthCode, slug, input);
}

export async function transferOwnershipAction(slug: string, input: unknown) {
  return serveOrgAction(transferOwnership, slug, input);
}

export async function deleteOrganizationAction(slug: string, input: unknown) {
  return serveOrgAction(deleteOrganization, slug, input);
}
