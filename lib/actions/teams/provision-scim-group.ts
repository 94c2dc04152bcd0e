// SCIM POST /Groups: the identity provider creates a team, with its externalId and initial members.
import "server-only";
import { isTeamExternalIdTaken } from "@/db/queries/scim-groups";
import { insertTeamWithExternalId } from "@/db/queries/scim-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { teamTarget } from "@/lib/audit";
import { scimRefusal } from "@/lib/scim/errors";
import { assertTeamNameFree } from "@/lib/teams/team-checks";
import { scimGroupFieldsSchema } from "@/lib/validation/scim";
import { syncTeamMembers } from "./scim-group-members";

export const provisionScimGroup = defineOrgAction({
  scim: true,
  permission: "teams.manage",
  schema: scimGroupFieldsSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    await assertTeamNameFree(tx, organization.id, input.name);
    if (input.externalId && (await isTeamExternalIdTaken(tx, { organizationId: organization.id, externalId: input.externalId }))) {
      throw scimRefusal("conflict", "Another team already has this externalId.", { scimType: "uniqueness" });
    }
    const team = await insertTeamWithExternalId(tx, { organizationId: organization.id, name: input.name, externalId: input.externalId });
    await ctx.audit({ action: "team.created", target: teamTarget(team), metadata: { externalId: input.externalId } });
    await syncTeamMembers(ctx, team, [], input.memberIds ?? []);
    return { id: team.id };
  },
});
