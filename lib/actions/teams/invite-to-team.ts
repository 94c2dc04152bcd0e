// Invites a member of the organization into a team: a Maintainer of that team, or anyone who manages
// teams, may. The member accepts or declines from the bell, the email or the invitation's page.
// One pending invitation per team and member (checked under the organization lock).
import "server-only";
import { findMember } from "@/db/queries/member-writes";
import { findPendingTeamInvitation, insertTeamInvitation } from "@/db/queries/team-invitations";
import { getTeamMembership } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { notifyInAction } from "@/lib/notifications/notify";
import { can } from "@/lib/permissions";
import { loadTeam } from "@/lib/teams/team-checks";
import { inviteToTeamSchema } from "@/lib/validation/notifications";

export const inviteToTeam = defineOrgAction({
  // Every member may try; who may invite into this team is decided below (Maintainer or teams.manage).
  permission: "members.view",
  schema: inviteToTeamSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const organizationId = organization.id;
    const team = await loadTeam(tx, organizationId, input.teamId);
    if (!can(actor, "teams.manage")) {
      const own = await getTeamMembership(tx, { organizationId, teamId: team.id, memberId: actor.id });
      if (own?.teamRole !== "maintainer") throw new ActionError("forbidden", "Only the team's Maintainers and people who manage teams can invite to it.");
    }
    const member = await findMember(tx, { organizationId, memberId: input.memberId });
    if (!member) throw new ActionError("not_found", "Member not found.", { memberId: ["Choose a member of this organization"] });
    if (member.status !== "active" || !member.userId) {
      throw new ActionError("invalid_input", "Only active members who have joined can be invited to a team.", { memberId: ["This member can't be invited yet"] });
    }
    if (await getTeamMembership(tx, { organizationId, teamId: team.id, memberId: member.id })) {
      throw new ActionError("conflict", `${member.name} is already in ${team.name}.`, { memberId: ["Already in this team"] });
    }
    if (await findPendingTeamInvitation(tx, { organizationId, teamId: team.id, memberId: member.id })) {
      throw new ActionError("conflict", `${member.name} already has a pending invitation to ${team.name}.`, { memberId: ["Already invited"] });
    }
    const { id } = await insertTeamInvitation(tx, { organizationId, teamId: team.id, memberId: member.id, teamRole: input.teamRole, invitedByMemberId: actor.id });
    await ctx.audit({
      action: "team.invitation_sent",
      target: memberTarget(member),
      metadata: { teamId: team.id, teamName: team.name, teamRole: input.teamRole, teamInvitationId: id },
    });
    await notifyInAction(ctx, [
      {
        memberId: member.id,
        category: "team_invitation",
        teamId: team.id,
        title: `${actor.name} invited you to the team ${team.name}`,
        body: `Join ${team.name} as a ${input.teamRole === "maintainer" ? "Maintainer" : "Member"}: accept or decline the invitation.`,
        link: `/orgs/${organization.slug}/team-invitations/${id}`,
        data: { teamInvitationId: id, teamName: team.name, teamRole: input.teamRole },
      },
    ]);
    return { id };
  },
});
