// Zod schemas for event webhook endpoints (the dialog and the actions), the resend button and the
// delivery log's URL state.
import { z } from "zod";
import { webhookDeliveryStatusEnum } from "@/db/schema/enums";
import { WEBHOOK_EVENT_TYPES } from "@/lib/event-webhooks/event-types";

export const WEBHOOK_URL_MAX = 2_000;
export const MAX_ENDPOINTS_PER_ORGANIZATION = 20;

const endpointFields = {
  url: z
    .string({ error: "Enter the endpoint's URL" })
    .trim()
    .min(1, "Enter the endpoint's URL")
    .max(WEBHOOK_URL_MAX, `The URL can be at most ${WEBHOOK_URL_MAX} characters`),
  description: z
    .string()
    .trim()
    .max(200, "The description can be at most 200 characters")
    .nullish()
    .transform((v) => (v ? v : null)),
  // Empty: every event, including types added later.
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Unknown event type" }))
    .max(WEBHOOK_EVENT_TYPES.length)
    .default([])
    .transform((list) => [...new Set(list)]),
};

export const createWebhookEndpointSchema = z.object(endpointFields);
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z.object({ endpointId: z.uuid({ error: "Unknown endpoint" }), ...endpointFields, enabled: z.boolean() });
export type UpdateWebhookEndpointInput = z.input<typeof updateWebhookEndpointSchema>;

export const webhookEndpointRefSchema = z.object({ endpointId: z.uuid({ error: "Unknown endpoint" }) });
export const resendWebhookDeliverySchema = z.object({ deliveryId: z.uuid({ error: "Unknown delivery" }) });

export const DELIVERY_STATUSES = webhookDeliveryStatusEnum.enumValues;
export const DELIVERY_PAGE_SIZE = 25;
