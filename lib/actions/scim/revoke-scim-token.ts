// Settings → SCIM: revokes one token; requests presenting it are refused from now on.
import "server-only";
import { revokeScimTokenRow } from "@/db/queries/scim-tokens";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { revokeScimTokenSchema } from "@/lib/validation/scim";

export const revokeScimToken = defineOrgAction({
  permission: "settings.manage",
  schema: revokeScimTokenSchema,
  async handler({ tx, organization, audit }, input) {
    const revoked = await revokeScimTokenRow(tx, { organizationId: organization.id, tokenId: input.tokenId, now: new Date() });
    if (!revoked) throw new ActionError("not_found", "That token doesn't exist or is already revoked.");
    await audit({ action: "scim.token_revoked", target: { type: "organization", id: organization.id, name: organization.name }, metadata: { tokenId: revoked.id, prefix: revoked.prefix } });
    return { id: revoked.id };
  },
});
