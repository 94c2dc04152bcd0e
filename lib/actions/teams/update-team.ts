// Renames a team or changes its description.
import "server-only";
import { and, eq } from "drizzle-orm";
import { teams } from "@/db/schema";
import { getTeam } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { ActionError } from "@/lib/errors";
import { updateTeamSchema } from "@/lib/validation/teams";
import { assertTeamNameFree } from "./team-name";

export const updateTeam = defineOrgAction({
  permission: "teams.manage",
  schema: updateTeamSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await getTeam(tx, { organizationId: organization.id, teamId: input.teamId });
    if (!team) throw new ActionError("not_found", "Team not found.");
    await assertTeamNameFree(tx, organization.id, input.name, team.id);
    await tx
      .update(teams)
      .set({ name: input.name, description: input.description })
      .where(and(eq(teams.organizationId, organization.id), eq(teams.id, team.id)));
    await audit({
      action: "team.updated",
      target: { type: "team", id: team.id, name: input.name },
      metadata: team.name !== input.name ? { previousName: team.name } : {},
    });
    return { id: team.id };
  },
});
