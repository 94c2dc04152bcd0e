// Outgoing event webhooks: endpoints (scoped by organization), the fan-out of events to every
// enabled endpoint that subscribes (one statement, in the caller's transaction), the worker's
// claim-and-record cycle for deliveries, and the delivery log.
import "server-only";
import { and, asc, count, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, type WebhookDelivery, type WebhookEndpoint } from "@/db/schema";
import type { WebhookDeliveryStatus } from "@/db/schema/enums";

export interface QueuedEvent {
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
}

const CHUNK = 1_000;

/** One delivery per (event, enabled endpoint of the organization subscribed to its type). */
export async function queueDeliveries(db: Queryable, organizationId: string, events: readonly QueuedEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += CHUNK) {
    const json = JSON.stringify(
      events.slice(start, start + CHUNK).map((e) => ({ event_id: e.eventId, event_type: e.eventType, payload: e.payload })),
    );
    await db.execute(sql`
      insert into webhook_deliveries (organization_id, endpoint_id, event_id, event_type, payload)
      select e.organization_id, e.id, ev.event_id, ev.event_type, ev.payload
      from webhook_endpoints e
      cross join json_to_recordset(${json}::json) as ev(event_id uuid, event_type text, payload jsonb)
      where e.organization_id = ${organizationId}::uuid and e.enabled
        and (cardinality(e.event_types) = 0 or ev.event_type = any(e.event_types))`);
  }
}

// ---------------------------------------------------------------------------------------------
// Endpoints

export type NewEndpoint = Pick<typeof webhookEndpoints.$inferInsert, "organizationId" | "url" | "description" | "eventTypes" | "secretEncrypted" | "createdByUserId">;

export async function insertEndpoint(db: Queryable, endpoint: NewEndpoint): Promise<WebhookEndpoint> {
  const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
  return row!;
}

export async function getEndpoint(db: Queryable, { organizationId, endpointId }: { organizationId: string; endpointId: string }): Promise<WebhookEndpoint | null> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)));
  return row ?? null;
}

export async function updateEndpoint(
  db: Queryable,
  { organizationId, endpointId }: { organizationId: string; endpointId: string },
  changes: Partial<Pick<WebhookEndpoint, "url" | "description" | "eventTypes" | "enabled" | "secretEncrypted">>,
): Promise<void> {
  await db
    .update(webhookEndpoints)
    .set(changes)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)));
}

export async function deleteEndpoint(db: Queryable, { organizationId, endpointId }: { organizationId: string; endpointId: string }): Promise<void> {
  await db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)));
}

export async function countEndpoints(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, organizationId));
  return row?.n ?? 0;
}

export interface EndpointListRow {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  createdAt: Date;
  /** Deliveries waiting or failing now, and dead ones. */
  pending: number;
  dead: number;
  lastStatus: WebhookDeliveryStatus | null;
}

export async function listEndpoints(db: Queryable, organizationId: string): Promise<EndpointListRow[]> {
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      eventTypes: webhookEndpoints.eventTypes,
      enabled: webhookEndpoints.enabled,
      createdAt: webhookEndpoints.createdAt,
      pending: sql<number>`(select count(*)::int from ${webhookDeliveries} d where d.endpoint_id = ${webhookEndpoints.id} and d.status in ('pending', 'sending', 'failed'))`,
      dead: sql<number>`(select count(*)::int from ${webhookDeliveries} d where d.endpoint_id = ${webhookEndpoints.id} and d.status = 'dead')`,
      lastStatus: sql<WebhookDeliveryStatus | null>`(select d.status from ${webhookDeliveries} d where d.endpoint_id = ${webhookEndpoints.id} order by d.created_at desc, d.id desc limit 1)`,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.organizationId, organizationId))
    .orderBy(asc(webhookEndpoints.createdAt));
}

// ---------------------------------------------------------------------------------------------
// Deliveries: the worker's side

/** Due deliveries (pending or failed whose time has come, or sends whose worker vanished), claimed. */
export async function claimDueDeliveries(db: Queryable, { limit, now, leaseMs }: { limit: number; now: Date; leaseMs: number }): Promise<WebhookDelivery[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(inArray(webhookDeliveries.status, ["pending", "failed", "sending"]), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(webhookDeliveries)
    .set({ status: "sending", nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
}

export async function recordDeliveryOutcome(
  db: Queryable,
  id: string,
  outcome: {
    status: "succeeded" | "failed" | "dead";
    attempts: number;
    nextAttemptAt: Date;
    statusCode: number | null;
    response: string | null;
    error: string | null;
    deliveredAt: Date | null;
  },
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      nextAttemptAt: outcome.nextAttemptAt,
      lastStatusCode: outcome.statusCode,
      lastResponse: outcome.response,
      lastError: outcome.error,
      deliveredAt: outcome.deliveredAt,
    })
    .where(eq(webhookDeliveries.id, id));
}

/** Endpoints by id, for a batch of claimed deliveries (the worker reads each once). */
export async function endpointsByIds(db: Queryable, ids: string[]): Promise<Map<string, WebhookEndpoint>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

// ---------------------------------------------------------------------------------------------
// Deliveries: the log

export interface DeliveryLogRow {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastResponse: string | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export async function listDeliveries(
  db: Queryable,
  { organizationId, endpointId, status, page, pageSize }: { organizationId: string; endpointId: string; status?: WebhookDeliveryStatus[]; page: number; pageSize: number },
): Promise<{ rows: DeliveryLogRow[]; total: number; page: number; pageCount: number }> {
  const where = and(
    eq(webhookDeliveries.organizationId, organizationId),
    eq(webhookDeliveries.endpointId, endpointId),
    status && status.length > 0 ? inArray(webhookDeliveries.status, status) : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(webhookDeliveries).where(where);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(page, 1), pageCount);
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastResponse: webhookDeliveries.lastResponse,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return { rows, total, page: current, pageCount };
}

export async function getDelivery(db: Queryable, { organizationId, deliveryId }: { organizationId: string; deliveryId: string }): Promise<WebhookDelivery | null> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.id, deliveryId)));
  return row ?? null;
}

/** A manual resend: a new delivery of the same event (same webhook-id) to the same endpoint, due now. */
export async function insertResend(db: Queryable, delivery: WebhookDelivery): Promise<{ id: string }> {
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      organizationId: delivery.organizationId,
      endpointId: delivery.endpointId,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      payload: delivery.payload,
    })
    .returning({ id: webhookDeliveries.id });
  return row!;
}

/** Whether a resend of this event to this endpoint is already waiting (no double resends). */
export async function hasWaitingDelivery(db: Queryable, delivery: Pick<WebhookDelivery, "endpointId" | "eventId">): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, delivery.endpointId),
        eq(webhookDeliveries.eventId, delivery.eventId),
        or(eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.status, "sending"), eq(webhookDeliveries.status, "failed")),
      ),
    )
    .limit(1);
  return Boolean(row);
}
