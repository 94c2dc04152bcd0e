// Sets a member's API access level (seed 002, "Member Settings"): Full, Read-only or None. It caps
// every key the member holds, from their next request on.
import "server-only";
import { setMemberApiAccess } from "@/db/queries/api-keys";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { whyCannotSetApiAccess } from "@/lib/api-keys/key-rules";
import { setApiAccessSchema } from "@/lib/validation/api-keys";
import { loadKeyMember } from "./key-subjects";

export const setApiAccess = defineOrgAction({
  permission: "apiKeys.manageAll",
  schema: setApiAccessSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const target = await loadKeyMember(tx, organization.id, input.memberId, { lock: true });
    refuseUnless(whyCannotSetApiAccess(actor, target));
    if (target.apiAccess === input.apiAccess) return { memberId: target.id, apiAccess: target.apiAccess };
    await setMemberApiAccess(tx, { organizationId: organization.id, memberId: target.id, apiAccess: input.apiAccess });
    await ctx.audit({ action: "member.api_access_changed", target: memberTarget(target), metadata: { from: target.apiAccess, to: input.apiAccess } });
    return { memberId: target.id, apiAccess: input.apiAccess };
  },
});
