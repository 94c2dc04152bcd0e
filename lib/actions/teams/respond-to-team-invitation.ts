// The invited member accepts (joining the team with the invited team role) or declines a team
// invitation; only they can, only while it is pending. The inviter hears of the answer.
import "server-only";
import { markTeamInvitationNotificationsRead } from "@/db/queries/notifications";
import { getTeamInvitation, setTeamInvitationStatus } from "@/db/queries/team-invitations";
import { addMembersToTeam } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { notifyInAction } from "@/lib/notifications/notify";
import { respondToTeamInvitationSchema } from "@/lib/validation/notifications";

const STATUS_MESSAGES = {
  accepted: "You already accepted this invitation.",
  declined: "You declined this invitation.",
  cancelled: "This invitation was cancelled.",
} as const;

export const respondToTeamInvitation = defineOrgAction({
  permission: "members.view",
  schema: respondToTeamInvitationSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const invitation = await getTeamInvitation(tx, { organizationId: organization.id, invitationId: input.invitationId, forUpdate: true });
    // Someone else's invitation is as unknown as a made-up id.
    if (!invitation || invitation.memberId !== actor.id) throw new ActionError("not_found", "Invitation not found.");
    if (invitation.status !== "pending") throw new ActionError("conflict", STATUS_MESSAGES[invitation.status]);

    const accepted = input.response === "accept";
    if (accepted) {
      await addMembersToTeam(tx, { organizationId: organization.id, teamId: invitation.team.id, memberIds: [actor.id], role: invitation.teamRole });
    }
    await setTeamInvitationStatus(tx, { organizationId: organization.id, invitationId: invitation.id, status: accepted ? "accepted" : "declined" });
    // Answered: the bell's Accept / Decline on it are done with.
    await markTeamInvitationNotificationsRead(tx, { organizationId: organization.id, memberId: actor.id, teamInvitationId: invitation.id });
    await ctx.audit({
      action: accepted ? "team.invitation_accepted" : "team.invitation_declined",
      target: memberTarget(actor),
      metadata: { teamId: invitation.team.id, teamName: invitation.team.name, teamRole: invitation.teamRole, teamInvitationId: invitation.id },
    });
    if (invitation.invitedByMemberId) {
      await notifyInAction(ctx, [
        {
          memberId: invitation.invitedByMemberId,
          category: "team_invitation",
          teamId: invitation.team.id,
          title: `${actor.name} ${accepted ? "accepted" : "declined"} your invitation to ${invitation.team.name}`,
          link: `/orgs/${organization.slug}/teams/${invitation.team.id}`,
          data: { teamInvitationId: invitation.id, response: input.response },
        },
      ]);
    }
    return { status: accepted ? ("accepted" as const) : ("declined" as const), teamId: invitation.team.id };
  },
});
