// SCIM GET /Groups: a page of the organization's teams matching a filter, with their members
// unless the client excluded them (Entra asks excludedAttributes=members).
import "server-only";
import { z } from "zod";
import { findMembersOfTeams, listScimGroups, type ScimGroupFilter } from "@/db/queries/scim-groups";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { scimPageSchema } from "@/lib/validation/scim";

export const listScimGroupsQuery = defineOrgQuery({
  scim: true,
  permission: "members.view",
  schema: scimPageSchema.extend({
    filter: z.custom<ScimGroupFilter | null>((v) => v === null || typeof v === "object"),
    withMembers: z.boolean(),
  }),
  async handler({ db, organization }, input) {
    const organizationId = organization.id;
    const page = await listScimGroups(db, { organizationId, filter: input.filter, offset: input.startIndex - 1, limit: input.count });
    const members = input.withMembers ? await findMembersOfTeams(db, { organizationId, teamIds: page.rows.map((r) => r.id) }) : null;
    return { total: page.total, groups: page.rows.map((row) => ({ row, members: members ? (members.get(row.id) ?? []) : null })) };
  },
});
