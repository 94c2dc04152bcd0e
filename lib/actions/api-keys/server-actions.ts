"use server";
// The API-key actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, permission, input) — see kernel/define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { revokeMemberApiKeys } from "./revoke-member-api-keys";
import { setApiAccess } from "./set-api-access";
import { updateApiKeyPolicy } from "./update-api-key-policy";

export async function createApiKeyAction(slug: string, input: unknown) {
  return serveOrgAction(createApiKey, slug, input);
}

export async function revokeApiKeyAction(slug: string, input: unknown) {
  return serveOrgAction(revokeApiKey, slug, input);
}

export async function revokeMemberApiKeysAction(slug: string, input: unknown) {
  return serveOrgAction(revokeMemberApiKeys, slug, input);
}

export async function setApiAccessAction(slug: string, input: unknown) {
  return serveOrgAction(setApiAccess, slug, input);
}

export async function updateApiKeyPolicyAction(slug: string, input: unknown) {
  return serveOrgAction(updateApiKeyPolicy, slug, input);
}
