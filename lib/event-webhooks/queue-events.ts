// Emits webhook events where audit events are recorded, in the same transaction: each audit action
// that maps to event types (event-types.ts) becomes one event per type, written as a pending
// delivery for every enabled endpoint of the organization that subscribes. Nothing is sent here —
// the worker delivers after commit — so a rolled-back change never reaches anyone.
import "server-only";
import crypto from "node:crypto";
import type { Queryable } from "@/db/client";
import { queueDeliveries, type QueuedEvent } from "@/db/queries/event-webhooks";
import { webhookEventsForAudit } from "./event-types";

export interface AuditedChange {
  action: string;
  actor: {
    type?: string;
    userId: string | null;
    name: string | null;
    email: string | null;
    channel?: string;
    credentialId?: string | null;
  };
  target?: { type: string; id: string; name?: string | null; email?: string | null } | null;
  metadata?: Record<string, unknown>;
}

/** Queues the webhook events of audited changes (all of one organization); a no-op for other actions. */
export async function queueWebhookEvents(db: Queryable, organizationId: string, changes: readonly AuditedChange[], now = new Date()): Promise<void> {
  const events: QueuedEvent[] = [];
  for (const change of changes) {
    for (const type of webhookEventsForAudit(change.action, change.metadata)) {
      const eventId = crypto.randomUUID();
      events.push({
        eventId,
        eventType: type,
        payload: {
          type,
          timestamp: now.toISOString(),
          data: {
            organizationId,
            target: {
              type: change.target?.type ?? null,
              id: change.target?.id ?? null,
              name: change.target?.name ?? null,
              email: change.target?.email ?? null,
            },
            actor: {
              type: change.actor.type ?? "user",
              userId: change.actor.userId,
              name: change.actor.name,
              email: change.actor.email,
              apiKeyId: change.actor.type === "api_key" ? (change.actor.credentialId ?? null) : null,
            },
            channel: change.actor.channel ?? "ui",
            details: change.metadata ?? {},
          },
        },
      });
    }
  }
  if (events.length > 0) await queueDeliveries(db, organizationId, events);
}
