// SCIM GET /Users/{id}: one member of the organization with their teams, or null (unknown id,
// another organization's member, not a uuid).
import "server-only";
import { findTeamsOfMembers, getScimUser } from "@/db/queries/scim-users";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { scimUserRefSchema } from "@/lib/validation/scim";

export const getScimUserQuery = defineOrgQuery({
  scim: true,
  permission: "members.view",
  schema: scimUserRefSchema,
  async handler({ db, organization }, input) {
    const row = await getScimUser(db, { organizationId: organization.id, memberId: input.memberId });
    if (!row) return null;
    const teams = await findTeamsOfMembers(db, { organizationId: organization.id, memberIds: [row.id] });
    return { row, teams: teams.get(row.id) ?? [] };
  },
});
