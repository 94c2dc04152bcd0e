// Standard Webhooks signing with the `standardwebhooks` library (no hand-rolled HMAC): a secret is
// "whsec_" + 32 random bytes in base64; each delivery carries webhook-id (the event's id, the same
// on every retry and resend), webhook-timestamp and webhook-signature ("v1,<base64 HMAC-SHA256>").
import "server-only";
import crypto from "node:crypto";
import { Webhook } from "standardwebhooks";

export function generateSigningSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64")}`;
}

export function signedHeaders(secret: string, { eventId, body, at }: { eventId: string; body: string; at: Date }): Record<string, string> {
  const signature = new Webhook(secret).sign(eventId, at, body);
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  };
}
