// Renames a team or changes its description.
import "server-only";
import { updateTeamDetails } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { teamTarget } from "@/lib/audit";
import { assertTeamNameFree, loadTeam } from "@/lib/teams/team-checks";
import { updateTeamSchema } from "@/lib/validation/teams";

export const updateTeam = defineOrgAction({
  permission: "teams.manage",
  schema: updateTeamSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await loadTeam(tx, organization.id, input.teamId);
    await assertTeamNameFree(tx, organization.id, input.name, team.id);
    await updateTeamDetails(tx, { organizationId: organization.id, teamId: team.id }, { name: input.name, description: input.description });
    await audit({
      action: "team.updated",
      target: teamTarget({ id: team.id, name: input.name }),
      metadata: {
        ...(team.name !== input.name ? { previousName: team.name } : {}),
        descriptionChanged: team.description !== input.description,
      },
    });
    return { id: team.id, name: input.name };
  },
});
