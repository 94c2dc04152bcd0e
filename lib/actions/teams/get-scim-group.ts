// SCIM GET /Groups/{id}: one team of the organization (with its members unless excluded), or null.
import "server-only";
import { findMembersOfTeams, getScimGroup } from "@/db/queries/scim-groups";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { scimGroupRefSchema } from "@/lib/validation/scim";

export const getScimGroupQuery = defineOrgQuery({
  scim: true,
  permission: "members.view",
  schema: scimGroupRefSchema,
  async handler({ db, organization }, input) {
    const row = await getScimGroup(db, { organizationId: organization.id, teamId: input.teamId });
    if (!row) return null;
    const members = input.withMembers ? ((await findMembersOfTeams(db, { organizationId: organization.id, teamIds: [row.id] })).get(row.id) ?? []) : null;
    return { row, members };
  },
});
