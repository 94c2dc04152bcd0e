// The activity log's Actor and Member filters: members of the organization by name or email, for
// choosing whom to filter by. A read (defineOrgQuery) for those who may read the log.
import "server-only";
import { z } from "zod";
import { searchAuditPeople, type AuditPerson } from "@/db/queries/audit-log";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";

export const PEOPLE_SEARCH_LIMIT = 20;

export const searchActivityPeople = defineOrgQuery({
  permission: "audit.view",
  schema: z.object({ q: z.string().max(100).default("") }),
  async handler({ db, organization }, input): Promise<AuditPerson[]> {
    return searchAuditPeople(db, { organizationId: organization.id, q: input.q, limit: PEOPLE_SEARCH_LIMIT });
  },
});
