// Edit Member: every field of one member. Each kind of change is held to its own rule (editing,
// changing the role, granting permissions, disabling), so the form can't do more than the
// separate controls could. One save is one audit event, member.updated, with every field that
// changed as before → after (role and status included).
import "server-only";
import { cancelPendingInvitations, findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-writes";
import { setMemberTeams } from "@/db/queries/team-writes";
import { listTeams } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseField, refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { whyCannotEdit, whyCannotSetPermissions } from "@/lib/members/rules";
import { notifyTeamAdded, notifyTeamRemoved } from "@/lib/notifications/events";
import { assertTeamsExist } from "@/lib/teams/team-checks";
import { updateMemberSchema } from "@/lib/validation/members";
import { assertEmailFree, loadTargetMember } from "./guards";
import { invitePendingMember } from "./invite-pending-member";
import { applyRoleChange, assertRoleChangeAllowed } from "./role-change";
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

    if ((target.status === "pending") !== (input.status === "pending")) refuseField("invalid_input", "status", PENDING_STATUS_MESSAGE);
    const roleChanged = input.role !== target.role;
    if (roleChanged) await assertRoleChangeAllowed(ctx, target, input.role);
    refuseUnless(whyCannotSetPermissions(actor, target, input.permissions));
    await assertTeamsExist(tx, organization.id, input.teamIds);
    const emailChanged = input.email !== target.email;
    if (emailChanged) await assertEmailFree(tx, { organizationId: organization.id, email: input.email, exceptMemberId: target.id });

    const teamsBefore = await findMemberTeamIds(tx, scope);
    if (input.status !== "pending") target = await changeMemberStatus(ctx, target, input.status, { audit: false });
    target = await updateMemberRow(tx, scope, {
      name: input.name,
      email: input.email,
      phone: input.phone,
      department: input.department,
      jobTitle: input.jobTitle,
      permissions: input.permissions,
    });
    await setMemberTeams(tx, { ...scope, teamIds: input.teamIds });
    // The Pending member's invitation is brought up to date below, with every field at once.
    if (roleChanged) target = await applyRoleChange(ctx, target, input.role, { carryToInvitation: false, audit: false });

    if (target.status === "pending") {
      // A new address needs a new link; the old one stops working.
      if (emailChanged) {
        await cancelPendingInvitations(tx, scope);
        await invitePendingMember(ctx, target, input.teamIds);
      } else {
        await updatePendingInvitation(tx, scope, { ...target, teamIds: input.teamIds });
      }
    }

    const changes = changedFields(before, target);
    const sameTeams = teamsBefore.length === input.teamIds.length && teamsBefore.every((id) => input.teamIds.includes(id));
    if (!sameTeams) {
      // Team names as they are now, so the history reads without looking ids up.
      const names = new Map((await listTeams(tx, { organizationId: organization.id })).map((team) => [team.id, team.name]));
      const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).sort();
      changes.teams = { from: named(teamsBefore), to: named(input.teamIds) };
      for (const id of input.teamIds.filter((id) => !teamsBefore.includes(id))) {
        await notifyTeamAdded(ctx, { id, name: names.get(id) ?? "" }, [target.id], "member");
      }
      for (const id of teamsBefore.filter((id) => !input.teamIds.includes(id))) {
        await notifyTeamRemoved(ctx, { id, name: names.get(id) ?? "" }, [target.id]);
      }
    }
    const fields = Object.keys(changes);
    if (fields.length > 0) await ctx.audit({ action: "member.updated", target: memberTarget(target), metadata: { fields, changes } });
    return { id: target.id, status: target.status };
  },
});

const COMPARED = ["name", "email", "phone", "department", "jobTitle", "role", "status", "permissions"] as const;

function changedFields<T extends Record<(typeof COMPARED)[number], unknown>>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of COMPARED) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
