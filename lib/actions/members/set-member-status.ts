// Disable (status Inactive) or re-enable one member.
import "server-only";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { setStatusSchema } from "@/lib/validation/members";
import { loadTargetMember } from "./guards";
import { changeMemberStatus } from "./status-change";

export const setMemberStatus = defineOrgAction({
  permission: "members.remove",
  schema: setStatusSchema,
  async handler(ctx, input) {
    const target = await loadTargetMember(ctx.tx, ctx.organization.id, input.memberId);
    const updated = await changeMemberStatus(ctx, target, input.status);
    return { id: updated.id, status: updated.status };
  },
});
