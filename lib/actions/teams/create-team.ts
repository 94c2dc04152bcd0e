// Creates a team in the actor's organization.
import "server-only";
import { insertTeam } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { teamTarget } from "@/lib/audit";
import { assertTeamNameFree } from "@/lib/teams/team-checks";
import { createTeamSchema } from "@/lib/validation/teams";

export const createTeam = defineOrgAction({
  permission: "teams.manage",
  schema: createTeamSchema,
  async handler({ tx, organization, audit }, input) {
    await assertTeamNameFree(tx, organization.id, input.name);
    const team = await insertTeam(tx, { organizationId: organization.id, name: input.name, description: input.description });
    await audit({ action: "team.created", target: teamTarget(team) });
    return { id: team.id, name: team.name };
  },
});
