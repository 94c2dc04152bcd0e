// Changes the role and teams of a pending invitation, and of the Pending member row it will fill
// in, under the same rank rules as inviting (a Manager can't make an invitation Admin).
import "server-only";
import { updateInvitationRow } from "@/db/queries/invitations";
import { updateMemberRow } from "@/db/queries/member-writes";
import { setMemberTeams } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseField } from "@/lib/actions/kernel/refusals";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { assertTeamsExist } from "@/lib/teams/team-checks";
import { updateInvitationSchema } from "@/lib/validation/invitations";
import { lockInvitedMember, lockManagedInvitation } from "./managed-invitation";

export const updateInvitation = defineOrgAction({
  permission: "members.invite",
  schema: updateInvitationSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const { invitation, scope } = await lockManagedInvitation(ctx, input.invitationId);
    if (invitation.status !== "pending") refuse("conflict", `Only pending invitations can be changed; this one is ${invitation.status}.`);
    const roleRefusal = whyCannotInviteAs(actor, input.role);
    if (roleRefusal) refuseField("forbidden", "role", roleRefusal);
    await assertTeamsExist(tx, organization.id, input.teamIds);

    const updated = await updateInvitationRow(tx, scope, { role: input.role, teamIds: input.teamIds });
    const member = await lockInvitedMember(ctx, invitation);
    if (member && member.status === "pending") {
      const memberScope = { organizationId: organization.id, memberId: member.id };
      await updateMemberRow(tx, memberScope, { role: input.role });
      await setMemberTeams(tx, { ...memberScope, teamIds: input.teamIds });
    }

    const teamsChanged = [...invitation.teamIds].sort().join() !== [...input.teamIds].sort().join();
    if (invitation.role !== input.role || teamsChanged) {
      await ctx.audit({
        action: "invitation.updated",
        target: { type: "invitation", id: updated.id, name: member?.name ?? null, email: updated.email },
        metadata: { from: invitation.role, to: updated.role, teamIds: input.teamIds },
      });
    }
    return { id: updated.id, role: updated.role, teamIds: updated.teamIds };
  },
});
