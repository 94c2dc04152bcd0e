// The REST API's teams list (GET …/teams): every team of the organization with its member count,
// alphabetical. Everyone who can see members can see teams.
import "server-only";
import { z } from "zod";
import { listTeamsWithCounts } from "@/db/queries/teams";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";

export const listTeams = defineOrgQuery({
  permission: "members.view",
  schema: z.object({}),
  async handler({ db, organization }) {
    return { data: await listTeamsWithCounts(db, { organizationId: organization.id }) };
  },
});
