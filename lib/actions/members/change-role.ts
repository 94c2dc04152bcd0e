// Changes one member's role (the role badge's menu). A Pending member's invitation follows.
import "server-only";
import { findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-writes";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderRoleChangedEmail } from "@/lib/email/templates/role-changed";
import { appUrl } from "@/lib/env";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeRole } from "@/lib/members/rules";
import { ROLE_LABELS } from "@/lib/permissions";
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
    if (updated.userId) {
      // Members who have joined are told; a Pending one sees the new role on their invitation.
      const email = await renderRoleChangedEmail({
        organizationName: organization.name,
        memberName: updated.name,
        fromRoleLabel: ROLE_LABELS[target.role],
        toRoleLabel: ROLE_LABELS[updated.role],
        changedByName: actor.name,
        url: `${appUrl()}/orgs/${organization.slug}/members`,
      });
      const { id } = await enqueueEmail(tx, { organizationId: organization.id, to: updated.email, template: "role-changed", ...email });
      ctx.afterCommit((db) => deliverOutboxEmail(db, id));
    }
    return { id: updated.id, role: updated.role };
  },
});
