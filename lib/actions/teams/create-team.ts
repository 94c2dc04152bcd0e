// Creates a team in the actor's organization.
import "server-only";
import { teams } from "@/db/schema";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { createTeamSchema } from "@/lib/validation/teams";
import { assertTeamNameFree, teamTarget } from "./guards";

export const createTeam = defineOrgAction({
  permission: "teams.manage",
  schema: createTeamSchema,
  async handler({ tx, organization, audit }, input) {
    await assertTeamNameFree(tx, organization.id, input.name);
    const [team] = await tx
      .insert(teams)
      .values({ organizationId: organization.id, name: input.name, description: input.description })
      .returning({ id: teams.id, name: teams.name });
    await audit({ action: "team.created", target: teamTarget(team!) });
    return { id: team!.id, name: team!.name };
  },
});
