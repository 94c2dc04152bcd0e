// Adds members of the organization to a team with a team role.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { members } from "@/db/schema";
import { addMembersToTeam, getTeam } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { ActionError } from "@/lib/errors";
import { addTeamMembersSchema } from "@/lib/validation/teams";

export const addTeamMembers = defineOrgAction({
  permission: "teams.manage",
  schema: addTeamMembersSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await getTeam(tx, { organizationId: organization.id, teamId: input.teamId });
    if (!team) throw new ActionError("not_found", "Team not found.");
    const found = await tx
      .select({ id: members.id, name: members.name, email: members.email })
      .from(members)
      .where(and(eq(members.organizationId, organization.id), inArray(members.id, input.memberIds)));
    if (found.length !== new Set(input.memberIds).size) throw new ActionError("not_found", "Member not found.");
    const added = await addMembersToTeam(tx, {
      organizationId: organization.id,
      teamId: team.id,
      memberIds: found.map((m) => m.id),
      role: input.role,
    });
    for (const member of found) {
      await audit({
        action: "team.member_added",
        target: { type: "member", id: member.id, name: member.name, email: member.email },
        metadata: { teamId: team.id, teamName: team.name, teamRole: input.role },
      });
    }
    return { added };
  },
});
