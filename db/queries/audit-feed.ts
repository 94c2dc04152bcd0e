// The audit log as a feed for the REST API: newest first, walked by keyset on (created_at, id)
// with the (organization_id, created_at) index, filtered by action (or an action prefix), target
// and start time. Always scoped by organization.
import "server-only";
import { and, desc, eq, gte, like, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents, type AuditEvent } from "@/db/schema";
import { escapeLike } from "./member-list";

export interface AuditFeedOptions {
  organizationId: string;
  /** "member.removed", or a prefix ending in "." ("member."). */
  action?: string;
  targetId?: string;
  since?: Date;
  limit: number;
  /** The last event of the previous page. */
  before?: { createdAt: string; id: string };
}

export type AuditFeedRow = Pick<
  AuditEvent,
  "id" | "action" | "actorType" | "channel" | "actorUserId" | "actorName" | "actorEmail" | "actorCredentialId" | "targetType" | "targetId" | "targetName" | "targetEmail" | "metadata" | "createdAt"
>;

export async function listAuditFeed(db: Queryable, options: AuditFeedOptions): Promise<{ rows: AuditFeedRow[]; hasMore: boolean }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 200);
  const action = options.action
    ? options.action.endsWith(".")
      ? like(auditEvents.action, `${escapeLike(options.action)}%`)
      : eq(auditEvents.action, options.action)
    : undefined;
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorType: auditEvents.actorType,
      channel: auditEvents.channel,
      actorUserId: auditEvents.actorUserId,
      actorName: auditEvents.actorName,
      actorEmail: auditEvents.actorEmail,
      actorCredentialId: auditEvents.actorCredentialId,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      targetName: auditEvents.targetName,
      targetEmail: auditEvents.targetEmail,
      metadata: auditEvents.metadata,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, options.organizationId),
        action,
        options.targetId ? eq(auditEvents.targetId, options.targetId) : undefined,
        options.since ? gte(auditEvents.createdAt, options.since) : undefined,
        options.before
          ? sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (${options.before.createdAt}::timestamp(3), ${options.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
