// Audit events of a bulk action: one per member (so each person's timeline shows it, and webhook
// subscribers hear of each change as from the one-member action) in multi-row inserts, in the
// batch's transaction; the action adds one summary event listing its members.
import "server-only";
import type { Queryable } from "@/db/client";
import { insertAuditEvents } from "@/db/queries/invitation-import";
import type { AuditActor } from "@/lib/audit";
import { queueWebhookEvents } from "@/lib/event-webhooks/queue-events";

export interface PersonEvent {
  member: { id: string; name: string; email: string };
  metadata: Record<string, unknown>;
}

export async function auditEach(tx: Queryable, { organizationId, actor, action }: { organizationId: string; actor: AuditActor; action: string }, events: readonly PersonEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertAuditEvents(
    tx,
    { organizationId, action, actor },
    events.map((e) => ({ target_id: e.member.id, target_name: e.member.name, target_email: e.member.email, metadata: e.metadata })),
  );
  await queueWebhookEvents(
    tx,
    organizationId,
    events.map((e) => ({ action, actor, target: { type: "member", id: e.member.id, name: e.member.name, email: e.member.email }, metadata: e.metadata })),
  );
}
