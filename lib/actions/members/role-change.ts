// Changing a member's role, shared by the role badge's menu (change-role.ts) and Edit Member
// (update-member.ts): who may give which role (checked before anything is written), then the write,
// the Pending member's invitation following it, the audit event and the email telling a member
// who has joined.
import "server-only";
import { findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { renderRoleChangedEmail } from "@/lib/email/templates/role-changed";
import { appUrl } from "@/lib/env";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeRole } from "@/lib/members/rules";
import { notifyRoleChanged } from "@/lib/notifications/events";
import { ROLE_LABELS } from "@/lib/permissions";

/** Refuses unless the actor may give `target` the role `role` (rank rules, and an Owner must remain). */
export async function assertRoleChangeAllowed({ tx, actor }: OrgActionContext, target: Member, role: Role): Promise<void> {
  refuseUnless(whyCannotChangeRole(actor, target, role));
  if (role !== "owner") await assertAnotherOwnerRemains(tx, target);
}

/**
 * Gives `target` the role `role`, already allowed by assertRoleChangeAllowed: writes it, carries it
 * over to a Pending member's invitation (unless the caller brings that invitation up to date
 * itself), records member.role_changed and notifies a member who has joined (bell and email, as
 * their preferences say; email sent after commit). Returns the member as updated.
 */
export async function applyRoleChange(
  ctx: OrgActionContext,
  target: Member,
  role: Role,
  {
    carryToInvitation = true,
    audit = true,
    auditMetadata = {},
  }: {
    carryToInvitation?: boolean;
    /** False when the caller records the change in its own single event (Edit Member). */
    audit?: boolean;
    /** Added to the member.role_changed event (an access review's decision, say). */
    auditMetadata?: Record<string, unknown>;
  } = {},
): Promise<Member> {
  const { tx, organization, actor } = ctx;
  const scope = { organizationId: organization.id, memberId: target.id };
  const updated = await updateMemberRow(tx, scope, { role });
  if (carryToInvitation && updated.status === "pending") {
    await updatePendingInvitation(tx, scope, { ...updated, teamIds: await findMemberTeamIds(tx, scope) });
  }
  if (audit) await ctx.audit({ action: "member.role_changed", target: memberTarget(updated), metadata: { from: target.role, to: updated.role, ...auditMetadata } });
  // Members who have joined are told in the bell and (as they chose) by email; a Pending one sees
  // the new role on their invitation.
  await notifyRoleChanged(ctx, updated, target.role, updated.role, async () => ({
    template: "role-changed",
    ...(await renderRoleChangedEmail({
      organizationName: organization.name,
      memberName: updated.name,
      fromRoleLabel: ROLE_LABELS[target.role],
      toRoleLabel: ROLE_LABELS[updated.role],
      changedByName: actor.name,
      url: `${appUrl()}/orgs/${organization.slug}/members`,
    })),
  }));
  return updated;
}
