// SCIM GET /Users: a page of the organization's members matching a filter, with their teams.
// A read for the organization's SCIM client (or a member who may view members).
import "server-only";
import { z } from "zod";
import type { ScimUserFilter } from "@/db/queries/scim-users";
import { findTeamsOfMembers, listScimUsers } from "@/db/queries/scim-users";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { scimPageSchema } from "@/lib/validation/scim";

export const listScimUsersQuery = defineOrgQuery({
  scim: true,
  permission: "members.view",
  // The filter tree comes from lib/scim/filter.ts, which refused everything it can't express.
  schema: scimPageSchema.extend({ filter: z.custom<ScimUserFilter | null>((v) => v === null || typeof v === "object") }),
  async handler({ db, organization }, input) {
    const organizationId = organization.id;
    const page = await listScimUsers(db, { organizationId, filter: input.filter, offset: input.startIndex - 1, limit: input.count });
    const teams = await findTeamsOfMembers(db, { organizationId, memberIds: page.rows.map((r) => r.id) });
    return { total: page.total, users: page.rows.map((row) => ({ row, teams: teams.get(row.id) ?? [] })) };
  },
});
