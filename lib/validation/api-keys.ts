// Zod schemas for API keys: creating one (the dialog, the action and the REST API's body), revoking,
// a member's API access level and the organization's key policy.
import { z } from "zod";
import { apiAccessEnum } from "@/db/schema/enums";
import { EXPIRY_CHOICES, MAX_EXPIRY_DAY_CHOICES } from "@/lib/api-keys/expiry";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { reauthCodeSchema } from "./organizations";

export const API_KEY_NAME_MAX = 100;
/** Live keys one member may hold in one organization. */
export const MAX_LIVE_KEYS_PER_MEMBER = 25;

export const apiKeyNameSchema = z
  .string({ error: "Name the key" })
  .trim()
  .min(1, "Name the key")
  .max(API_KEY_NAME_MAX, `The name can be at most ${API_KEY_NAME_MAX} characters`)
  .regex(/^[^\p{Cc}]*$/u, "The name can't contain line breaks or control characters");

export const apiScopesSchema = z
  .array(z.enum(API_SCOPES, { error: "Unknown scope" }), { error: "Choose at least one scope" })
  .min(1, "Choose at least one scope")
  .max(API_SCOPES.length)
  .transform((list) => [...new Set(list)]);

export const expiresInSchema = z.enum(EXPIRY_CHOICES, { error: "Choose 30d, 90d, 365d or never" });

/** What a new key is: its name, scopes and lifetime (the REST API's request body). */
export const newApiKeySchema = z.object({
  name: apiKeyNameSchema,
  scopes: apiScopesSchema,
  expiresIn: expiresInSchema,
});

/** The create action: for which member, and the re-authentication code when the sign-in is not recent. */
export const createApiKeySchema = newApiKeySchema.extend({
  memberId: z.uuid({ error: "Unknown member" }),
  code: reauthCodeSchema,
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.uuid({ error: "Unknown key" }) });
export const memberKeysSchema = z.object({ memberId: z.uuid({ error: "Unknown member" }) });

export const apiAccessSchema = z.enum(apiAccessEnum.enumValues, { error: "Choose Full, Read-only or None" });
export const setApiAccessSchema = z.object({ memberId: z.uuid({ error: "Unknown member" }), apiAccess: apiAccessSchema });

export const apiKeyPolicySchema = z.object({
  maxExpiryDays: z.coerce.number({ error: "Choose 30, 90 or 365 days" }).pipe(z.literal(MAX_EXPIRY_DAY_CHOICES, { error: "Choose 30, 90 or 365 days" })),
  mayNotExpire: z.boolean({ error: "Choose whether keys may never expire" }),
});
export type ApiKeyPolicyInput = z.input<typeof apiKeyPolicySchema>;
