// Writes one audit event, in the caller's transaction (the change it records commits with it).
// Which events to record, and with what, is decided above db/ (lib/audit.ts and the actions).
import "server-only";
import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type NewAuditEvent = Pick<
  typeof auditEvents.$inferInsert,
  | "organizationId"
  | "actorType"
  | "actorUserId"
  | "actorCredentialId"
  | "channel"
  | "actorName"
  | "actorEmail"
  | "action"
  | "targetType"
  | "targetId"
  | "targetName"
  | "targetEmail"
  | "metadata"
  | "ip"
  | "userAgent"
>;

export async function insertAuditEvent(db: Queryable, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}
