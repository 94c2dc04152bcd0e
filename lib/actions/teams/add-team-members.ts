// Adds members of the organization to a team with a team role. People already in the team keep
// their team role; only the newly added are audited and notified.
import "server-only";
import { addMembersToTeam } from "@/db/queries/team-writes";
import { findOrganizationMembers, findTeamMemberIds } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { notifyTeamAdded } from "@/lib/notifications/events";
import { loadTeam } from "@/lib/teams/team-checks";
import { addTeamMembersSchema } from "@/lib/validation/teams";

export const addTeamMembers = defineOrgAction({
  permission: "teams.manage",
  schema: addTeamMembersSchema,
  async handler(ctx, input) {
    const { tx, organization, audit } = ctx;
    const organizationId = organization.id;
    const team = await loadTeam(tx, organizationId, input.teamId);
    const memberIds = [...new Set(input.memberIds)];
    const found = await findOrganizationMembers(tx, { organizationId, memberIds });
    if (found.length !== memberIds.length) throw new ActionError("not_found", "Member not found.");
    const already = new Set(await findTeamMemberIds(tx, { organizationId, teamId: team.id, memberIds }));
    const joining = found.filter((m) => !already.has(m.id));
    await addMembersToTeam(tx, { organizationId, teamId: team.id, memberIds: joining.map((m) => m.id), role: input.role });
    for (const member of joining) {
      await audit({
        action: "team.member_added",
        target: { type: "member", id: member.id, name: member.name, email: member.email },
        metadata: { teamId: team.id, teamName: team.name, teamRole: input.role },
      });
    }
    await notifyTeamAdded(ctx, team, joining.map((m) => m.id), input.role);
    return { added: joining.length, alreadyInTeam: already.size };
  },
});
