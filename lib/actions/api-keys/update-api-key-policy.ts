// Settings → API keys: the longest a new key may live and whether keys that never expire are
// allowed. Existing keys keep the expiry they were created with.
import "server-only";
import { setApiKeyPolicy } from "@/db/queries/api-keys";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { apiKeyPolicySchema } from "@/lib/validation/api-keys";

export const updateApiKeyPolicy = defineOrgAction({
  permission: "settings.manage",
  schema: apiKeyPolicySchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    const before = { maxExpiryDays: organization.apiKeyMaxExpiryDays, mayNotExpire: organization.apiKeysMayNotExpire };
    if (before.maxExpiryDays === input.maxExpiryDays && before.mayNotExpire === input.mayNotExpire) return input;
    await setApiKeyPolicy(tx, { organizationId: organization.id, ...input });
    await ctx.audit({ action: "organization.api_key_policy_changed", target: { type: "organization", id: organization.id, name: organization.name }, metadata: { before, after: input } });
    return input;
  },
});
