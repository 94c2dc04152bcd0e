"use server";
// The organization actions as server functions the browser can call. Each authorizes itself:
// settings actions by session, membership of `slug`, permission and input (define-org-action.ts);
// creating one by session, the operator's creation rule and input (create-organization.ts).
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { currentRequestIdentity, serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { createOrganization, type CreateOrganizationState } from "./create-organization";
import { deleteOrganization } from "./delete-organization";
import { sendReauthCode } from "./send-reauth-code";
import { transferOwnership } from "./transfer-ownership";
import { updateOrganization } from "./update-organization";
import { updateSeatLimit } from "./update-seat-limit";

/** The new-organization form (useActionState): opens the new organization's members page on success. */
export async function createOrganizationAction(_previous: CreateOrganizationState, formData: FormData): Promise<CreateOrganizationState> {
  const [db, identity] = await Promise.all([getDb(), currentRequestIdentity()]);
  // A direct POST can send anything as the form: only a FormData's two fields are read.
  const input = formData instanceof FormData ? { name: formData.get("name"), slug: formData.get("slug") } : {};
  const result = await createOrganization(db, identity, input);
  if (!result.ok) return result;
  redirect(`/orgs/${result.data.slug}/members`);
}

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
