// Changes an endpoint's URL (checked again), description, events, or turns it off and on.
import "server-only";
import { getEndpoint, updateEndpoint } from "@/db/queries/event-webhooks";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseField } from "@/lib/actions/kernel/refusals";
import { whyEndpointUrlRefused } from "@/lib/event-webhooks/endpoint-url";
import { updateWebhookEndpointSchema } from "@/lib/validation/webhooks";

export const updateWebhookEndpoint = defineOrgAction({
  permission: "settings.manage",
  schema: updateWebhookEndpointSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    const scope = { organizationId: organization.id, endpointId: input.endpointId };
    const endpoint = await getEndpoint(tx, scope);
    if (!endpoint) refuse("not_found", "Endpoint not found.");
    if (input.url !== endpoint.url) {
      const refusal = await whyEndpointUrlRefused(input.url);
      if (refusal) refuseField("invalid_input", "url", refusal);
    }
    await updateEndpoint(tx, scope, { url: input.url, description: input.description, eventTypes: input.eventTypes, enabled: input.enabled });
    const changed = (["url", "description", "eventTypes", "enabled"] as const).filter((k) => JSON.stringify(endpoint[k]) !== JSON.stringify(input[k]));
    if (changed.length > 0) {
      await ctx.audit({ action: "webhook_endpoint.updated", target: { type: "webhook_endpoint", id: endpoint.id, name: input.url }, metadata: { fields: changed } });
    }
    return { id: endpoint.id };
  },
});
