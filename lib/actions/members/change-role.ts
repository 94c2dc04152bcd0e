// Changes one member's role (the role badge's menu). A Pending member's invitation follows.
import "server-only";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { changeRoleSchema } from "@/lib/validation/members";
import { loadTargetMember } from "./guards";
import { applyRoleChange, assertRoleChangeAllowed } from "./role-change";

export const changeRole = defineOrgAction({
  permission: "members.edit",
  schema: changeRoleSchema,
  async handler(ctx, input) {
    const target = await loadTargetMember(ctx.tx, ctx.organization.id, input.memberId);
    if (target.role === input.role) return { id: target.id, role: target.role };
    await assertRoleChangeAllowed(ctx, target, input.role);
    const updated = await applyRoleChange(ctx, target, input.role);
    return { id: updated.id, role: updated.role };
  },
});
