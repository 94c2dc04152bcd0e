// A member's live API keys (never their hashes): your own, or (Owners and Admins) anyone's.
import "server-only";
import { listMemberApiKeys as queryMemberKeys, type ApiKeyListRow } from "@/db/queries/api-keys";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { whyCannotManageKeysOf } from "@/lib/api-keys/key-rules";
import { memberKeysSchema } from "@/lib/validation/api-keys";
import { loadKeyMember } from "./key-subjects";

export const listMemberApiKeys = defineOrgQuery({
  permission: "members.view",
  schema: memberKeysSchema,
  async handler({ db, organization, actor }, input): Promise<ApiKeyListRow[]> {
    const target = await loadKeyMember(db, organization.id, input.memberId, { lock: false });
    refuseUnless(whyCannotManageKeysOf(actor, target));
    return queryMemberKeys(db, { organizationId: organization.id, memberId: target.id });
  },
});
