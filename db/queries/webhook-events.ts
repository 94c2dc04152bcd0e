// Webhook deliveries already processed, by their svix-id, so a replayed delivery changes nothing.
import "server-only";
import type { Queryable } from "@/db/client";
import { webhookEvents } from "@/db/schema";

/** Records the delivery; false when this svix-id was recorded before (a replay). */
export async function recordWebhookEvent(db: Queryable, event: { id: string; source: string; type: string }): Promise<boolean> {
  const inserted = await db.insert(webhookEvents).values(event).onConflictDoNothing().returning({ id: webhookEvents.id });
  return inserted.length > 0;
}
