// API keys in the REST API: list, create and revoke a member's keys (seed 002's
// POST …/members/{memberId}/keys), and revoke them all at offboarding. The same actions as the
// account and profile pages; creating through a key follows the key rule in create-api-key.ts.
import "server-only";
import { z } from "zod";
import type { ApiKeyListRow } from "@/db/queries/api-keys";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { apiKeyListSchema, createdApiKeySchema, revokedKeysSchema } from "@/lib/api/schemas";
import { ok } from "@/lib/errors";
import { newApiKeySchema } from "@/lib/validation/api-keys";
import { createApiKey } from "./create-api-key";
import { listMemberApiKeys } from "./list-member-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { revokeMemberApiKeys } from "./revoke-member-api-keys";

const memberParams = z.object({ memberId: z.uuid() });

const present = ({ revokedAt: _revoked, createdByName: _by, ...key }: ApiKeyListRow) => key;

export const listMemberKeysRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/members/{memberId}/keys",
  operationId: "listMemberKeys",
  summary: "List a member's API keys",
  description: "Your own keys, or (Owners and Admins) anyone's. Never the keys themselves: only their prefixes.",
  tag: "API keys",
  scope: "keys:read",
  params: memberParams,
  status: 200,
  response: apiKeyListSchema,
  errors: [],
  run: async ({ db, identity, org }, { params }) => {
    const result = await listMemberApiKeys.run(db, identity, org, params);
    return result.ok ? ok({ data: result.data.map(present) }) : result;
  },
});

export const createMemberKeyRoute = defineApiRoute({
  method: "POST",
  path: "/organizations/{orgId}/members/{memberId}/keys",
  operationId: "createMemberKey",
  summary: "Create an API key for a member",
  description:
    "For yourself, or (Owners and Admins) for a member ranked below you. The key making the request must hold every scope it gives, " +
    "and the new key can't outlive it. The answer carries the key once.",
  tag: "API keys",
  scope: "keys:write",
  params: memberParams,
  body: newApiKeySchema,
  status: 201,
  response: createdApiKeySchema,
  errors: [409, 422],
  run: ({ db, identity, org }, { params, raw }) => createApiKey.run(db, identity, org, { ...(raw.body as object), memberId: params.memberId }),
});

export const revokeMemberKeysRoute = defineApiRoute({
  method: "DELETE",
  path: "/organizations/{orgId}/members/{memberId}/keys",
  operationId: "revokeMemberKeys",
  summary: "Revoke all of a member's API keys",
  description: "Offboarding: every live key of the member stops working at once.",
  tag: "API keys",
  scope: "keys:write",
  params: memberParams,
  status: 200,
  response: revokedKeysSchema,
  errors: [],
  run: async ({ db, identity, org }, { params }) => {
    const result = await revokeMemberApiKeys.run(db, identity, org, params);
    return result.ok ? ok({ revoked: result.data.revoked }) : result;
  },
});

export const revokeMemberKeyRoute = defineApiRoute({
  method: "DELETE",
  path: "/organizations/{orgId}/members/{memberId}/keys/{keyId}",
  operationId: "revokeMemberKey",
  summary: "Revoke an API key",
  tag: "API keys",
  scope: "keys:write",
  params: memberParams.extend({ keyId: z.uuid() }),
  status: 204,
  errors: [],
  run: ({ db, identity, org }, { params }) => revokeApiKey.run(db, identity, org, params),
});
