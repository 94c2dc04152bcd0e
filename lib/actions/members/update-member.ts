// Edit Member: every field of one member. Each kind of change is held to its own rule (editing,
// changing the role, granting permissions, disabling), so the form can't do more than the
// separate controls could.
import "server-only";
import { setMemberTeams } from "@/db/queries/team-writes";
import { cancelPendingInvitations, findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-writes";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderRoleChangedEmail } from "@/lib/email/templates/role-changed";
import { appUrl } from "@/lib/env";
import { ActionError } from "@/lib/errors";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeRole, whyCannotEdit, whyCannotSetPermissions } from "@/lib/members/rules";
import { ROLE_LABELS } from "@/lib/permissions";
import { updateMemberSchema } from "@/lib/validation/members";
import { assertEmailFree, assertTeamsExist, loadTargetMember, memberTarget, refuseUnless } from "./guards";
import { invitePendingMember } from "./invite-pending-member";
import { changeMemberStatus } from "./status-change";

const PENDING_STATUS_MESSAGE = "Pending members become active by accepting their invitation.";

export const updateMember = defineOrgAction({
  permission: "members.edit",
  schema: updateMemberSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    let target = await loadTargetMember(tx, organization.id, input.memberId);
    refuseUnless(whyCannotEdit(actor, target));
    const scope = { organizationId: organization.id, memberId: target.id };
    const before = target;

    if ((target.status === "pending") !== (input.status === "pending")) {
      throw new ActionError("invalid_input", PENDING_STATUS_MESSAGE, { status: [PENDING_STATUS_MESSAGE] });
    }
    if (input.role !== target.role) {
      refuseUnless(whyCannotChangeRole(actor, target, input.role));
      if (input.role !== "owner") await assertAnotherOwnerRemains(tx, target);
    }
    refuseUnless(whyCannotSetPermissions(actor, target, input.permissions));
    await assertTeamsExist(tx, organization.id, input.teamIds);
    const emailChanged = input.email !== target.email;
    if (emailChanged) await assertEmailFree(tx, { organizationId: organization.id, email: input.email, exceptMemberId: target.id });

    const teamsBefore = await findMemberTeamIds(tx, scope);
    if (input.status !== "pending") target = await changeMemberStatus(ctx, target, input.status);
    target = await updateMemberRow(tx, scope, {
      name: input.name,
      email: input.email,
      phone: input.phone,
      department: input.department,
      jobTitle: input.jobTitle,
      role: input.role,
      permissions: input.permissions,
    });
    await setMemberTeams(tx, { ...scope, teamIds: input.teamIds });

    if (target.status === "pending") {
      // A new address needs a new link; the old one stops working.
      if (emailChanged) {
        await cancelPendingInvitations(tx, scope);
        await invitePendingMember(ctx, target, input.teamIds);
      } else {
        await updatePendingInvitation(tx, scope, { ...target, teamIds: input.teamIds });
      }
    }

    if (before.role !== target.role) {
      await ctx.audit({ action: "member.role_changed", target: memberTarget(target), metadata: { from: before.role, to: target.role } });
      if (target.userId) {
        const email = await renderRoleChangedEmail({
          organizationName: organization.name,
          memberName: target.name,
          fromRoleLabel: ROLE_LABELS[before.role],
          toRoleLabel: ROLE_LABELS[target.role],
          changedByName: actor.name,
          url: `${appUrl()}/orgs/${organization.slug}/members`,
        });
        const { id } = await enqueueEmail(tx, { organizationId: organization.id, to: target.email, template: "role-changed", ...email });
        ctx.afterCommit((db) => deliverOutboxEmail(db, id));
      }
    }
    const changed = changedFields(before, target, teamsBefore, input.teamIds);
    if (changed.length > 0) await ctx.audit({ action: "member.updated", target: memberTarget(target), metadata: { fields: changed } });
    return { id: target.id, status: target.status };
  },
});

const COMPARED = ["name", "email", "phone", "department", "jobTitle", "permissions"] as const;

function changedFields<T extends Record<(typeof COMPARED)[number], unknown>>(
  before: T,
  after: T,
  teamsBefore: readonly string[],
  teamsAfter: readonly string[],
): string[] {
  const changed: string[] = COMPARED.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  const sameTeams = teamsBefore.length === teamsAfter.length && teamsBefore.every((id) => teamsAfter.includes(id));
  if (!sameTeams) changed.push("teams");
  return changed;
}
