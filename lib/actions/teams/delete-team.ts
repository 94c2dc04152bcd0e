// Deletes a team; its memberships go with it, the members stay in the organization.
import "server-only";
import { and, eq } from "drizzle-orm";
import { teams } from "@/db/schema";
import { countTeamMembers } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { teamRefSchema } from "@/lib/validation/teams";
import { loadTeam, teamTarget } from "./guards";

export const deleteTeam = defineOrgAction({
  permission: "teams.manage",
  schema: teamRefSchema,
  async handler({ tx, organization, audit }, input) {
    const team = await loadTeam(tx, organization.id, input.teamId);
    const memberCount = await countTeamMembers(tx, { organizationId: organization.id, teamId: team.id });
    // team_members rows cascade; members rows are untouched.
    await tx.delete(teams).where(and(eq(teams.organizationId, organization.id), eq(teams.id, team.id)));
    await audit({ action: "team.deleted", target: teamTarget(team), metadata: { memberCount } });
    return { id: team.id, name: team.name };
  },
});
