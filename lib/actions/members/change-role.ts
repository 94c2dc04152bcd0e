// Changes one member's role (the role badge's menu). A Pending member's invitation follows.
import "server-only";
import { findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-records";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeRole } from "@/lib/members/rules";
import { changeRoleSchema } from "@/lib/validation/members";
import { loadTargetMember, memberTarget, refuseUnless } from "./guards";

export const changeRole = defineOrgAction({
  permission: "members.edit",
  schema: changeRoleSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const target = await loadTargetMember(tx, organization.id, input.memberId);
    if (target.role === input.role) return { id: target.id, role: target.role };
    refuseUnless(whyCannotChangeRole(actor, target, input.role));
    if (input.role !== "owner") await assertAnotherOwnerRemains(tx, target);

    const scope = { organizationId: organization.id, memberId: target.id };
    const updated = await updateMemberRow(tx, scope, { role: input.role });
    if (updated.status === "pending") {
      await updatePendingInvitation(tx, scope, { ...updated, teamIds: await findMemberTeamIds(tx, scope) });
    }
    await ctx.audit({ action: "member.role_changed", target: memberTarget(updated), metadata: { from: target.role, to: updated.role } });
    return { id: updated.id, role: updated.role };
  },
});
