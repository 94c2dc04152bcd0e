// The worker's webhook part: claims due deliveries (new ones, retries whose backoff has passed, and
// sends whose worker vanished — a lease), signs each with its endpoint's secret and posts it through
// the guarded client, then records the outcome: delivered, failed with the next attempt scheduled,
// or dead after the last attempt. Safe with many instances: claims skip rows another one holds.
import "server-only";
import type { Database } from "@/db/client";
import { claimDueDeliveries, endpointsByIds, recordDeliveryOutcome } from "@/db/queries/event-webhooks";
import type { WebhookDelivery, WebhookEndpoint } from "@/db/schema";
import { openSecret } from "@/lib/security/secret-box";
import type { AddressPolicy } from "./address-policy";
import { deliveryAddressPolicy } from "./endpoint-url";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-policy";
import { safePost, type PostOutcome } from "./safe-post";
import { signedHeaders } from "./signing";

/** A send that takes longer than this is assumed lost and claimed again. */
const LEASE_MS = 2 * 60_000;

export interface WebhookDeliveryReport {
  delivered: number;
  failed: number;
  dead: number;
}

export interface WebhookDeliveryOptions {
  limit?: number;
  now?: Date;
  /** Tests pass their own (e.g. to reach a receiver on 127.0.0.1); otherwise public addresses only. */
  addressPolicy?: AddressPolicy;
  timeoutMs?: number;
}

export async function deliverDueWebhooks(db: Database, options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryReport> {
  const now = options.now ?? new Date();
  const report: WebhookDeliveryReport = { delivered: 0, failed: 0, dead: 0 };
  const claimed = await claimDueDeliveries(db, { limit: options.limit ?? 25, now, leaseMs: LEASE_MS });
  if (claimed.length === 0) return report;
  const endpoints = await endpointsByIds(db, [...new Set(claimed.map((d) => d.endpointId))]);
  const policy = options.addressPolicy ?? deliveryAddressPolicy();
  for (const delivery of claimed) {
    const outcome = await attempt(delivery, endpoints.get(delivery.endpointId), policy, options.timeoutMs);
    const attempts = delivery.attempts + 1;
    const at = options.now ?? new Date();
    if (outcome.ok) {
      await recordDeliveryOutcome(db, delivery.id, { status: "succeeded", attempts, nextAttemptAt: at, statusCode: outcome.status, response: outcome.body, error: null, deliveredAt: at });
      report.delivered++;
      continue;
    }
    const wait = attempts >= MAX_ATTEMPTS ? null : retryDelayMs(attempts);
    await recordDeliveryOutcome(db, delivery.id, {
      status: wait === null ? "dead" : "failed",
      attempts,
      nextAttemptAt: new Date(at.getTime() + (wait ?? 0)),
      statusCode: outcome.status,
      response: outcome.body,
      error: outcome.error,
      deliveredAt: null,
    });
    if (wait === null) report.dead++;
    else report.failed++;
  }
  return report;
}

async function attempt(delivery: WebhookDelivery, endpoint: WebhookEndpoint | undefined, policy: AddressPolicy, timeoutMs?: number): Promise<PostOutcome> {
  if (!endpoint) return { ok: false, status: null, body: null, error: "The endpoint no longer exists." };
  if (!endpoint.enabled) return { ok: false, status: null, body: null, error: "The endpoint is disabled." };
  const secret = openSecret(endpoint.secretEncrypted);
  if (!secret) return { ok: false, status: null, body: null, error: "The endpoint's signing secret can't be read (was AUTH_SECRET changed?). Roll the secret." };
  const body = JSON.stringify(delivery.payload);
  try {
    return await safePost(new URL(endpoint.url), { body, headers: signedHeaders(secret, { eventId: delivery.eventId, body, at: new Date() }), policy, timeoutMs });
  } catch (error) {
    return { ok: false, status: null, body: null, error: error instanceof Error ? error.message.slice(0, 500) : "Delivery failed." };
  }
}
