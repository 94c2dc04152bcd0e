// Revokes one API key: its next request is refused. Your own keys, or (Owners and Admins) anyone's.
// Revoking a key that is already revoked changes nothing and succeeds.
import "server-only";
import { z } from "zod";
import { getApiKeyForUpdate, revokeApiKeyRow } from "@/db/queries/api-keys";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import { whyCannotManageKeysOf } from "@/lib/api-keys/key-rules";
import { revokeApiKeySchema } from "@/lib/validation/api-keys";
import { loadKeyMember } from "./key-subjects";

export const revokeApiKey = defineOrgAction({
  permission: "members.view",
  // The REST API names the key under its member (…/members/{memberId}/keys/{keyId}).
  schema: revokeApiKeySchema.extend({ memberId: z.uuid({ error: "Unknown member" }).optional() }),
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const key = await getApiKeyForUpdate(tx, { organizationId: organization.id, keyId: input.keyId });
    if (!key || (input.memberId && key.memberId !== input.memberId)) refuse("not_found", "API key not found.");
    const owner = key.memberId ? await loadKeyMember(tx, organization.id, key.memberId, { lock: false }) : null;
    refuseUnless(whyCannotManageKeysOf(actor, owner));
    if (key.revokedAt) return { id: key.id, revoked: false };
    await revokeApiKeyRow(tx, { organizationId: organization.id, keyId: key.id, revokedByUserId: ctx.identity.user.id });
    await ctx.audit({
      action: "api_key.revoked",
      target: { type: "api_key", id: key.id, name: key.name },
      metadata: { memberId: key.memberId, memberEmail: owner?.email ?? null, prefix: key.prefix },
    });
    return { id: key.id, revoked: true };
  },
});
