// Replaces an endpoint's signing secret (it leaked, or AUTH_SECRET changed): the new one is shown
// this once; deliveries from now on are signed with it.
import "server-only";
import { getEndpoint, updateEndpoint } from "@/db/queries/event-webhooks";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { generateSigningSecret } from "@/lib/event-webhooks/signing";
import { sealSecret } from "@/lib/security/secret-box";
import { webhookEndpointRefSchema } from "@/lib/validation/webhooks";

export const rollWebhookSecret = defineOrgAction({
  permission: "settings.manage",
  schema: webhookEndpointRefSchema,
  async handler(ctx, input) {
    const scope = { organizationId: ctx.organization.id, endpointId: input.endpointId };
    const endpoint = await getEndpoint(ctx.tx, scope);
    if (!endpoint) refuse("not_found", "Endpoint not found.");
    const secret = generateSigningSecret();
    await updateEndpoint(ctx.tx, scope, { secretEncrypted: sealSecret(secret) });
    await ctx.audit({ action: "webhook_endpoint.secret_rolled", target: { type: "webhook_endpoint", id: endpoint.id, name: endpoint.url } });
    return { id: endpoint.id, secret };
  },
});
