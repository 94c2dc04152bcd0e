"use server";
// The verified-domain actions as server functions the browser can call. The organization actions
// authorize themselves (session, membership of `slug`, settings.manage, input — see
// kernel/define-org-action.ts); "Join <organization>" is the signed-in person's own request and
// checks their session and verified address itself (lib/domains/domain-join.ts).
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { serveOrgAction, serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { getSessionUser } from "@/lib/auth/org-context";
import { joinOrganization } from "@/lib/domains/join-organization";
import { addDomain } from "./add-domain";
import { approveJoinRequest } from "./approve-join-request";
import { declineJoinRequest } from "./decline-join-request";
import { listVerifiedDomains } from "./list-verified-domains";
import { removeDomain } from "./remove-domain";
import { updateAutoJoin } from "./update-auto-join";
import { verifyDomain } from "./verify-domain";

export async function addDomainAction(slug: string, input: unknown) {
  return serveOrgAction(addDomain, slug, input);
}

export async function verifyDomainAction(slug: string, input: unknown) {
  return serveOrgAction(verifyDomain, slug, input);
}

export async function updateAutoJoinAction(slug: string, input: unknown) {
  return serveOrgAction(updateAutoJoin, slug, input);
}

export async function removeDomainAction(slug: string, input: unknown) {
  return serveOrgAction(removeDomain, slug, input);
}

export async function approveJoinRequestAction(slug: string, input: unknown) {
  return serveOrgAction(approveJoinRequest, slug, input);
}

export async function declineJoinRequestAction(slug: string, input: unknown) {
  return serveOrgAction(declineJoinRequest, slug, input);
}

/** A read: the verified domain names (the member forms' seat hint). */
export async function listVerifiedDomainsAction(slug: string) {
  return serveOrgQuery(listVerifiedDomains, slug, {});
}

/** The chooser's "Join <organization>": joins at once (auto-join) or asks the Admins. */
export async function joinOrganizationAction(input: unknown) {
  const result = await joinOrganization(await getDb(), await getSessionUser(), input);
  if (result.ok) revalidatePath("/orgs");
  return result;
}
