// The REST API's audit log (GET …/audit-events): newest first, by signed cursor, filtered by action
// or action prefix, target and start time. Who may view the audit log (audit.view) may read it.
import "server-only";
import { listAuditFeed, type AuditFeedRow } from "@/db/queries/audit-feed";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { refuseField } from "@/lib/actions/kernel/refusals";
import { cursorScope, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { apiAuditQuerySchema } from "@/lib/validation/api-queries";

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const listAuditEvents = defineOrgQuery({
  permission: "audit.view",
  schema: apiAuditQuerySchema,
  async handler({ db, organization }, input) {
    const { cursor, limit, ...filters } = input;
    const scope = cursorScope({ organizationId: organization.id, audit: filters });
    const position = cursor ? decodeCursor(cursor, scope) : undefined;
    if (position === null || (position && !CURSOR_TIME.test(position.value))) {
      refuseField("invalid_input", "cursor", "The cursor is invalid, or belongs to a list with other filters.");
    }
    const { rows, hasMore } = await listAuditFeed(db, {
      organizationId: organization.id,
      action: filters.action || undefined,
      targetId: filters.targetId,
      since: filters.since ? new Date(filters.since) : undefined,
      limit,
      before: position ? { createdAt: position.value, id: position.id } : undefined,
    });
    const last = rows.at(-1);
    return {
      data: rows.map(present),
      nextCursor: hasMore && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }, scope) : null,
    };
  },
});

function present(row: AuditFeedRow) {
  return {
    id: row.id,
    action: row.action,
    actorType: row.actorType,
    channel: row.channel,
    actor: { userId: row.actorUserId, name: row.actorName, email: row.actorEmail, credentialId: row.actorCredentialId },
    target: { type: row.targetType, id: row.targetId, name: row.targetName, email: row.targetEmail },
    metadata: row.metadata,
    createdAt: row.createdAt,
  };
}
