// Registers an HTTPS endpoint for member, invitation and team events (Owners and Admins). The URL
// must resolve to public addresses only; the signing secret is generated here, stored encrypted and
// returned this once.
import "server-only";
import { countEndpoints, insertEndpoint } from "@/db/queries/event-webhooks";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseField } from "@/lib/actions/kernel/refusals";
import { whyEndpointUrlRefused } from "@/lib/event-webhooks/endpoint-url";
import { generateSigningSecret } from "@/lib/event-webhooks/signing";
import { sealSecret } from "@/lib/security/secret-box";
import { createWebhookEndpointSchema, MAX_ENDPOINTS_PER_ORGANIZATION } from "@/lib/validation/webhooks";

export const createWebhookEndpoint = defineOrgAction({
  permission: "settings.manage",
  schema: createWebhookEndpointSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    if ((await countEndpoints(tx, organization.id)) >= MAX_ENDPOINTS_PER_ORGANIZATION) {
      refuseField("conflict", "url", `An organization can have at most ${MAX_ENDPOINTS_PER_ORGANIZATION} endpoints. Delete one first.`);
    }
    const refusal = await whyEndpointUrlRefused(input.url);
    if (refusal) refuseField("invalid_input", "url", refusal);
    const secret = generateSigningSecret();
    const endpoint = await insertEndpoint(tx, {
      organizationId: organization.id,
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      secretEncrypted: sealSecret(secret),
      createdByUserId: ctx.identity.user.id,
    });
    await ctx.audit({
      action: "webhook_endpoint.created",
      target: { type: "webhook_endpoint", id: endpoint.id, name: endpoint.url },
      metadata: { eventTypes: endpoint.eventTypes },
    });
    return { id: endpoint.id, url: endpoint.url, secret };
  },
});
