// Deletes a team; its memberships go with it, the members stay.
import "server-only";
import { and, eq } from "drizzle-orm";
import { teams } from "@/db/schema";
import { getTeam } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { ActionError } from "@/lib/errors";
import { teamRefSchema } from "@/lib/validation/teams";

export const deleteTeam = defineOrgAction({
  permission: "teams.manage",
  schema: teamRefSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await getTeam(tx, { organizationId: organization.id, teamId: input.teamId });
    if (!team) throw new ActionError("not_found", "Team not found.");
    await tx.delete(teams).where(and(eq(teams.organizationId, organization.id), eq(teams.id, team.id)));
    await audit({ action: "team.deleted", target: { type: "team", id: team.id, name: team.name } });
    return { id: team.id };
  },
});
