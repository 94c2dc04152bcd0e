// One member as the REST API shows it (GET …/members/{memberId}): profile, role, status, teams.
// Another organization's member id is "not found".
import "server-only";
import { getMemberDetail, type MemberDetail } from "@/db/queries/members";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { refuse } from "@/lib/actions/kernel/refusals";
import { memberRefSchema } from "@/lib/validation/members";

export const getMember = defineOrgQuery({
  permission: "members.view",
  schema: memberRefSchema,
  async handler({ db, organization }, input): Promise<Omit<MemberDetail, "recentActivity">> {
    const member = await getMemberDetail(db, { organizationId: organization.id, memberId: input.memberId, includeActivity: false });
    if (!member) refuse("not_found", "Member not found.");
    const { recentActivity: _activity, ...rest } = member;
    return rest;
  },
});
