// Settings → SCIM: issues a new bearer token, shown once (only its hash is stored). Tokens already
// in use keep working for the grace period chosen (0: they stop at once), so the identity provider
// can be switched over without a gap — this is both "Generate" and "Rotate".
import "server-only";
import { endScimTokensAt, insertScimToken } from "@/db/queries/scim-tokens";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { generateScimToken } from "@/lib/scim/tokens";
import { issueScimTokenSchema } from "@/lib/validation/scim";

export const issueScimToken = defineOrgAction({
  permission: "settings.manage",
  schema: issueScimTokenSchema,
  async handler({ tx, organization, identity, audit }, input) {
    const now = new Date();
    const ended = await endScimTokensAt(tx, { organizationId: organization.id, endsAt: new Date(now.getTime() + input.graceHours * 3_600_000), now });
    const { token, tokenHash, prefix } = generateScimToken();
    const row = await insertScimToken(tx, { organizationId: organization.id, prefix, tokenHash, createdByUserId: identity.user.id });
    await audit({
      action: ended.length > 0 ? "scim.token_rotated" : "scim.token_created",
      target: { type: "organization", id: organization.id, name: organization.name },
      metadata: { tokenId: row.id, prefix, graceHours: input.graceHours, endedTokens: ended.map((t) => t.prefix) },
    });
    // The token itself leaves the server this once; it is not kept anywhere.
    return { id: row.id, prefix, token };
  },
});
