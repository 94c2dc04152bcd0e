"use server";
// The SCIM settings actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, settings.manage, input) — see kernel/define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { issueScimToken } from "./issue-scim-token";
import { revokeScimToken } from "./revoke-scim-token";
import { setScimEnabled } from "./set-scim-enabled";

export async function setScimEnabledAction(slug: string, input: unknown) {
  return serveOrgAction(setScimEnabled, slug, input);
}

export async function issueScimTokenAction(slug: string, input: unknown) {
  return serveOrgAction(issueScimToken, slug, input);
}

export async function revokeScimTokenAction(slug: string, input: unknown) {
  return serveOrgAction(revokeScimToken, slug, input);
}
