// Removes a member (member-removal.ts says what that means and who may). SCIM's DELETE uses the
// same action (kernel/scim-caller.ts).
import "server-only";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberRefSchema } from "@/lib/validation/members";
import { loadTargetMember } from "./guards";
import { removeMemberNow } from "./member-removal";

export const removeMember = defineOrgAction({
  scim: true,
  permission: "members.remove",
  schema: memberRefSchema,
  async handler(ctx, input) {
    const target = await loadTargetMember(ctx.tx, ctx.organization.id, input.memberId);
    await removeMemberNow(ctx, target);
    return { id: target.id };
  },
});
