// Resend's delivery webhook: verify the svix signature over the raw body (Resend's SDK, which
// also rejects timestamps more than 5 minutes off), record each svix-id once, and move the
// email (and its invitation) forward: delivered, bounced (invitation Bounced), complained.
import "server-only";
import { Resend } from "resend";
import type { Database } from "@/db/client";
import { lockOutboxEmailByProviderId, setOutboxDeliveryEvent } from "@/db/queries/email-outbox";
import { markInvitationBounced } from "@/db/queries/invitations";
import { recordWebhookEvent } from "@/db/queries/webhook-events";
import { runTransaction } from "@/db/transaction";

export type WebhookResponse = { status: number; body: { ok: boolean; error?: string; duplicate?: boolean } };

interface ResendEvent {
  type: string;
  created_at?: string;
  data?: { email_id?: string };
}

/** Later events win; an event never moves an email back (a late "delivered" after a bounce is ignored). */
const EVENT_RANK: Record<string, number> = { "email.delivered": 1, "email.delivery_delayed": 0, "email.complained": 2, "email.bounced": 3 };
const DELIVERY_EVENT: Record<string, string> = {
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.complained": "complained",
  "email.bounced": "bounced",
};

export async function handleResendWebhook(
  db: Database,
  { rawBody, headers, secret }: { rawBody: string; headers: Headers; secret: string | undefined },
): Promise<WebhookResponse> {
  if (!secret) return { status: 503, body: { ok: false, error: "Webhook secret not configured" } };
  const id = headers.get("svix-id");
  const timestamp = headers.get("svix-timestamp");
  const signature = headers.get("svix-signature");
  if (!id || !timestamp || !signature) return { status: 400, body: { ok: false, error: "Missing signature headers" } };

  let event: ResendEvent;
  try {
    // Verification uses only the webhook secret; the SDK insists on some API key to construct.
    event = new Resend("re_verify_only").webhooks.verify({ payload: rawBody, headers: { id, timestamp, signature }, webhookSecret: secret }) as ResendEvent;
  } catch {
    return { status: 401, body: { ok: false, error: "Invalid signature" } };
  }

  return runTransaction(db, async (tx) => {
    const firstDelivery = await recordWebhookEvent(tx, { id, source: "resend", type: String(event.type ?? "unknown").slice(0, 100) });
    if (!firstDelivery) return { status: 200, body: { ok: true, duplicate: true } };

    const deliveryEvent = DELIVERY_EVENT[event.type];
    const emailId = event.data?.email_id;
    if (!deliveryEvent || !emailId) return { status: 200, body: { ok: true } };

    const message = await lockOutboxEmailByProviderId(tx, emailId);
    if (!message) return { status: 200, body: { ok: true } };
    const currentRank = message.deliveryEvent ? (EVENT_RANK[`email.${message.deliveryEvent}`] ?? -1) : -1;
    if ((EVENT_RANK[event.type] ?? -1) > currentRank) await setOutboxDeliveryEvent(tx, message.id, deliveryEvent);
    if (event.type === "email.bounced" && message.invitationId) await markInvitationBounced(tx, message.invitationId);
    return { status: 200, body: { ok: true } };
  });
}
