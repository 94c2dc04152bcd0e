// Makes a team member a Maintainer or a plain Member of the team.
import "server-only";
import { updateTeamMemberRole } from "@/db/queries/team-writes";
import { getTeamMembership } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { loadTeam } from "@/lib/teams/team-checks";
import { setTeamMemberRoleSchema } from "@/lib/validation/teams";

export const setTeamMemberRole = defineOrgAction({
  permission: "teams.manage",
  schema: setTeamMemberRoleSchema,
  async handler({ tx, organization, audit }, input) {
    const organizationId = organization.id;
    const team = await loadTeam(tx, organizationId, input.teamId);
    const membership = await getTeamMembership(tx, { organizationId, teamId: team.id, memberId: input.memberId });
    if (!membership) throw new ActionError("not_found", "That member is not in this team.");
    // Choosing the role they already have changes nothing and records nothing.
    if (membership.teamRole === input.role) return { memberId: membership.memberId, changed: false };
    await updateTeamMemberRole(tx, { organizationId, teamId: team.id, memberId: membership.memberId }, input.role);
    await audit({
      action: "team.member_role_changed",
      target: { type: "member", id: membership.memberId, name: membership.name, email: membership.email },
      metadata: { teamId: team.id, teamName: team.name, from: membership.teamRole, to: input.role },
    });
    return { memberId: membership.memberId, changed: true };
  },
});
