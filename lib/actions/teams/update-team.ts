// Renames a team or changes its description.
import "server-only";
import { and, eq } from "drizzle-orm";
import { teams } from "@/db/schema";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { updateTeamSchema } from "@/lib/validation/teams";
import { assertTeamNameFree, loadTeam, teamTarget } from "./guards";

export const updateTeam = defineOrgAction({
  permission: "teams.manage",
  schema: updateTeamSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await loadTeam(tx, organization.id, input.teamId);
    await assertTeamNameFree(tx, organization.id, input.name, team.id);
    await tx
      .update(teams)
      .set({ name: input.name, description: input.description })
      .where(and(eq(teams.organizationId, organization.id), eq(teams.id, team.id)));
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
