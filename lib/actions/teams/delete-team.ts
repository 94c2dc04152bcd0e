// Deletes a team; its memberships go with it, the members stay in the organization.
import "server-only";
import { deleteTeamRow } from "@/db/queries/team-writes";
import { countTeamMembers } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { teamTarget } from "@/lib/audit";
import { loadTeam } from "@/lib/teams/team-checks";
import { teamRefSchema } from "@/lib/validation/teams";

export const deleteTeam = defineOrgAction({
  // SCIM DELETE uses the same removal (kernel/scim-caller.ts).
  scim: true,
  permission: "teams.manage",
  schema: teamRefSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await loadTeam(tx, organization.id, input.teamId);
    const memberCount = await countTeamMembers(tx, { organizationId: organization.id, teamId: team.id });
    await deleteTeamRow(tx, { organizationId: organization.id, teamId: team.id });
    await audit({ action: "team.deleted", target: teamTarget(team), metadata: { memberCount } });
    return { id: team.id, name: team.name };
  },
});
