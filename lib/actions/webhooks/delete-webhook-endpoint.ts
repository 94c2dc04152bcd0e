// Deletes an endpoint; its delivery log goes with it (nothing more is sent to it).
import "server-only";
import { deleteEndpoint, getEndpoint } from "@/db/queries/event-webhooks";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { webhookEndpointRefSchema } from "@/lib/validation/webhooks";

export const deleteWebhookEndpoint = defineOrgAction({
  permission: "settings.manage",
  schema: webhookEndpointRefSchema,
  async handler(ctx, input) {
    const scope = { organizationId: ctx.organization.id, endpointId: input.endpointId };
    const endpoint = await getEndpoint(ctx.tx, scope);
    if (!endpoint) refuse("not_found", "Endpoint not found.");
    await deleteEndpoint(ctx.tx, scope);
    await ctx.audit({ action: "webhook_endpoint.deleted", target: { type: "webhook_endpoint", id: endpoint.id, name: endpoint.url } });
    return { id: endpoint.id };
  },
});
