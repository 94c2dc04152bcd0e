// Removes a member: access ends with their next request, they leave every team, their API keys are
// revoked, their pending invitation stops working; the audit log keeps their name and email as they were, and their
// user account (and other organizations) are untouched.
import "server-only";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import { deleteMemberRow } from "@/db/queries/member-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderRemovedEmail } from "@/lib/email/templates/removed";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotRemove } from "@/lib/members/rules";
import { memberRefSchema } from "@/lib/validation/members";
import { loadTargetMember } from "./guards";

export const removeMember = defineOrgAction({
  // SCIM DELETE uses the same removal (kernel/scim-caller.ts).
  scim: true,
  permission: "members.remove",
  schema: memberRefSchema,
  async handler(ctx, input) {
    const target = await loadTargetMember(ctx.tx, ctx.organization.id, input.memberId);
    refuseUnless(whyCannotRemove(ctx.actor, target));
    await assertAnotherOwnerRemains(ctx.tx, target);
    const revokedKeys = await revokeMemberApiKeyRows(ctx.tx, { organizationId: ctx.organization.id, memberId: target.id, revokedByUserId: ctx.auditActor.userId });
    await deleteMemberRow(ctx.tx, { organizationId: ctx.organization.id, memberId: target.id });
    await ctx.audit({ action: "member.removed", target: memberTarget(target), metadata: { role: target.role, status: target.status, revokedApiKeys: revokedKeys } });
    if (target.userId) {
      // Only people who had joined are told; a pending invitee's link simply stops working.
      const email = await renderRemovedEmail({ organizationName: ctx.organization.name, memberName: target.name, removedByName: ctx.actor.name });
      const { id } = await enqueueEmail(ctx.tx, { organizationId: ctx.organization.id, to: target.email, template: "removed", ...email });
      ctx.afterCommit((db) => deliverOutboxEmail(db, id));
    }
    return { id: target.id };
  },
});
