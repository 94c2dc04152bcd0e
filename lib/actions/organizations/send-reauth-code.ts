// Emails the caller a one-time code that confirms an ownership transfer, the organization's
// deletion or creating an API key. The code and its email commit together; delivery happens after the commit.
import "server-only";
import { createElement } from "react";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";
import { ReauthCodeEmail } from "@/lib/email/templates/reauth-code";
import { ActionError } from "@/lib/errors";
import { countCodesIssuedLastHour, issueReauthCode, REAUTH_CODE_TTL_MINUTES, REAUTH_CODES_PER_HOUR } from "@/lib/organizations/reauth-codes";
import { can } from "@/lib/permissions";
import { sendReauthCodeSchema } from "@/lib/validation/organizations";

const PURPOSES = {
  transfer_ownership: { permission: "organization.transfer", label: (org: string) => `transfer ownership of ${org}` },
  delete_organization: { permission: "organization.delete", label: (org: string) => `delete ${org}` },
  create_api_key: { permission: "apiKeys.manageOwn", label: (org: string) => `create an API key in ${org}` },
} as const;

export const sendReauthCode = defineOrgAction({
  // Any active member may ask; the purpose's own permission is checked below (transfer and
  // deletion are Owner-only, an API key needs "manage own API keys").
  permission: "members.view",
  schema: sendReauthCodeSchema,
  async handler({ tx, organization, actor, identity, audit, afterCommit }, input) {
    const purpose = PURPOSES[input.purpose];
    if (!can(actor, purpose.permission)) throw new ActionError("forbidden", "You don't have permission to do that.");
    const binding = { userId: identity.user.id, organizationId: organization.id, purpose: input.purpose };
    if ((await countCodesIssuedLastHour(tx, binding)) >= REAUTH_CODES_PER_HOUR) {
      throw new ActionError("rate_limited", "You asked for several codes in the last hour. Use the latest one, or try again later.");
    }

    const code = await issueReauthCode(tx, binding);
    const { html, text } = await renderEmail(
      createElement(ReauthCodeEmail, { code: SECRET_PLACEHOLDER, actionLabel: purpose.label(organization.name), expiresInMinutes: REAUTH_CODE_TTL_MINUTES }),
    );
    const { id: outboxId } = await enqueueEmail(tx, {
      organizationId: organization.id,
      to: identity.user.email,
      template: "reauth-code",
      subject: "Your Roster verification code",
      html,
      text,
      secret: { value: code, expiresAt: new Date(Date.now() + REAUTH_CODE_TTL_MINUTES * 60_000) },
    });
    afterCommit((db) => deliverOutboxEmail(db, outboxId));
    await audit({ action: "organization.reauth_code_sent", metadata: { purpose: input.purpose } });
    return { sentTo: identity.user.email, expiresInMinutes: REAUTH_CODE_TTL_MINUTES };
  },
});
