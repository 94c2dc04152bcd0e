// Takes a member out of a team; they stay in the organization and in their other teams.
import "server-only";
import { removeMemberFromTeam } from "@/db/queries/team-writes";
import { getTeamMembership } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { notifyTeamRemoved } from "@/lib/notifications/events";
import { loadTeam } from "@/lib/teams/team-checks";
import { teamMemberSchema } from "@/lib/validation/teams";

export const removeTeamMember = defineOrgAction({
  permission: "teams.manage",
  schema: teamMemberSchema,
  async handler(ctx, input) {
    const { tx, organization, audit } = ctx;
    const organizationId = organization.id;
    const team = await loadTeam(tx, organizationId, input.teamId);
    const membership = await getTeamMembership(tx, { organizationId, teamId: team.id, memberId: input.memberId });
    if (!membership) throw new ActionError("not_found", "That member is not in this team.");
    await removeMemberFromTeam(tx, { organizationId, teamId: team.id, memberId: membership.memberId });
    await audit({
      action: "team.member_removed",
      target: { type: "member", id: membership.memberId, name: membership.name, email: membership.email },
      metadata: { teamId: team.id, teamName: team.name, teamRole: membership.teamRole },
    });
    await notifyTeamRemoved(ctx, team, [membership.memberId]);
    return { memberId: membership.memberId };
  },
});
