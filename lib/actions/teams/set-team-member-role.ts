// Makes a team member a Maintainer or a plain Member of the team.
import "server-only";
import { and, eq } from "drizzle-orm";
import { teamMembers } from "@/db/schema";
import { getTeam } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { ActionError } from "@/lib/errors";
import { setTeamMemberRoleSchema } from "@/lib/validation/teams";

export const setTeamMemberRole = defineOrgAction({
  permission: "teams.manage",
  schema: setTeamMemberRoleSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await getTeam(tx, { organizationId: organization.id, teamId: input.teamId });
    if (!team) throw new ActionError("not_found", "Team not found.");
    const updated = await tx
      .update(teamMembers)
      .set({ role: input.role })
      .where(
        and(
          eq(teamMembers.organizationId, organization.id),
          eq(teamMembers.teamId, team.id),
          eq(teamMembers.memberId, input.memberId),
        ),
      )
      .returning({ memberId: teamMembers.memberId });
    if (updated.length === 0) throw new ActionError("not_found", "That member is not in this team.");
    await audit({
      action: "team.member_role_changed",
      target: { type: "member", id: input.memberId },
      metadata: { teamId: team.id, teamName: team.name, teamRole: input.role },
    });
    return { memberId: input.memberId };
  },
});
