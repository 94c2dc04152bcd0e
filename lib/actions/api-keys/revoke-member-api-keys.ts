// Revokes every live key of a member at once (offboarding, a leaked laptop). Removing a member does
// this too, inside the removal's transaction.
import "server-only";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { whyCannotManageKeysOf } from "@/lib/api-keys/key-rules";
import { memberKeysSchema } from "@/lib/validation/api-keys";
import { loadKeyMember } from "./key-subjects";

export const revokeMemberApiKeys = defineOrgAction({
  permission: "members.view",
  schema: memberKeysSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const target = await loadKeyMember(tx, organization.id, input.memberId, { lock: true });
    refuseUnless(whyCannotManageKeysOf(actor, target));
    const count = await revokeMemberApiKeyRows(tx, { organizationId: organization.id, memberId: target.id, revokedByUserId: ctx.identity.user.id });
    if (count > 0) await ctx.audit({ action: "api_keys.revoked_all", target: memberTarget(target), metadata: { count } });
    return { memberId: target.id, revoked: count };
  },
});
