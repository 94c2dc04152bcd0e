// The organization's verified domain names, for the member forms' seat hint: anyone on them the
// organization adds takes a seat. A read (defineOrgQuery) for those who may add members.
import "server-only";
import { z } from "zod";
import { listVerifiedDomainNames } from "@/db/queries/domains";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";

export const listVerifiedDomains = defineOrgQuery({
  permission: "members.invite",
  schema: z.object({}).strict(),
  async handler({ db, organization }): Promise<string[]> {
    return listVerifiedDomainNames(db, organization.id);
  },
});
