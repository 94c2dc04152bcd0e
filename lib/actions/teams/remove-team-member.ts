// Takes a member out of a team.
import "server-only";
import { and, eq } from "drizzle-orm";
import { members, teamMembers } from "@/db/schema";
import { getTeam } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { ActionError } from "@/lib/errors";
import { teamMemberSchema } from "@/lib/validation/teams";

export const removeTeamMember = defineOrgAction({
  permission: "teams.manage",
  schema: teamMemberSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await getTeam(tx, { organizationId: organization.id, teamId: input.teamId });
    if (!team) throw new ActionError("not_found", "Team not found.");
    const removed = await tx
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.organizationId, organization.id),
          eq(teamMembers.teamId, team.id),
          eq(teamMembers.memberId, input.memberId),
        ),
      )
      .returning({ memberId: teamMembers.memberId });
    if (removed.length === 0) throw new ActionError("not_found", "That member is not in this team.");
    const [member] = await tx
      .select({ name: members.name, email: members.email })
      .from(members)
      .where(and(eq(members.organizationId, organization.id), eq(members.id, input.memberId)));
    await audit({
      action: "team.member_removed",
      target: { type: "member", id: input.memberId, name: member?.name, email: member?.email },
      metadata: { teamId: team.id, teamName: team.name },
    });
    return { memberId: input.memberId };
  },
});
