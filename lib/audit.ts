// Writes audit events. Called inside the transaction of the change it records, with the names
// and emails as they are at that moment, so history survives the member's removal.
import "server-only";
import type { Queryable } from "@/db/client";
import { insertAuditEvent } from "@/db/queries/audit";
import type { Member, Team } from "@/db/schema";
import type { AuditActorType, AuditChannel } from "@/db/schema/enums";
import { queueWebhookEvents } from "@/lib/event-webhooks/queue-events";

export interface AuditActor {
  userId: string | null;
  name: string | null;
  email: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** A person (default), an API key acting for its member, a SCIM client, or the system. */
  type?: AuditActorType;
  /** Where the change came from (default: the web UI). */
  channel?: AuditChannel;
  /** The API key or SCIM token that acted. */
  credentialId?: string | null;
}

export interface AuditTarget {
  type: "member" | "invitation" | "team" | "organization" | "api_key" | "webhook_endpoint" | "access_review" | "domain" | "join_request";
  id: string;
  name?: string | null;
  email?: string | null;
}

export async function recordAudit(
  db: Queryable,
  event: {
    organizationId: string;
    actor: AuditActor;
    action: string;
    target?: AuditTarget;
    metadata?: Record<string, unknown>;
  },
): Promise<void> {
  await insertAuditEvent(db, {
    organizationId: event.organizationId,
    actorType: event.actor.type ?? "user",
    actorUserId: event.actor.userId,
    actorCredentialId: event.actor.credentialId ?? null,
    channel: event.actor.channel ?? "ui",
    actorName: event.actor.name,
    actorEmail: event.actor.email,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    targetName: event.target?.name ?? null,
    targetEmail: event.target?.email ?? null,
    metadata: event.metadata ?? {},
    ip: event.actor.ip ?? null,
    userAgent: event.actor.userAgent?.slice(0, 500) ?? null,
  });
  // Subscribed webhook endpoints hear of it in the same transaction (lib/event-webhooks).
  await queueWebhookEvents(db, event.organizationId, [event]);
}

/** A member as an audit target, named as they are at the time of the event. */
export function memberTarget(member: Pick<Member, "id" | "name" | "email">): AuditTarget {
  return { type: "member", id: member.id, name: member.name, email: member.email };
}

export function teamTarget(team: Pick<Team, "id" | "name">): AuditTarget {
  return { type: "team", id: team.id, name: team.name };
}
