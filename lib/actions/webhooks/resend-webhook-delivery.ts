// Resend from the delivery log: the same event (same webhook-id, so receivers can deduplicate) goes
// to the same endpoint again as a new delivery, due at once; the old one stays in the log.
import "server-only";
import { getDelivery, hasWaitingDelivery, insertResend } from "@/db/queries/event-webhooks";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { resendWebhookDeliverySchema } from "@/lib/validation/webhooks";

export const resendWebhookDelivery = defineOrgAction({
  permission: "settings.manage",
  schema: resendWebhookDeliverySchema,
  async handler(ctx, input) {
    const delivery = await getDelivery(ctx.tx, { organizationId: ctx.organization.id, deliveryId: input.deliveryId });
    if (!delivery) refuse("not_found", "Delivery not found.");
    if (await hasWaitingDelivery(ctx.tx, delivery)) refuse("conflict", "This event is already waiting to be delivered to this endpoint.");
    const resent = await insertResend(ctx.tx, delivery);
    await ctx.audit({
      action: "webhook_delivery.resent",
      target: { type: "webhook_endpoint", id: delivery.endpointId },
      metadata: { deliveryId: delivery.id, resendId: resent.id, eventId: delivery.eventId, eventType: delivery.eventType },
    });
    return { id: resent.id };
  },
});
