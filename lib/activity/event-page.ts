// One keyset page of audit events as the log and the member timeline show them: first, next,
// previous or last page from the URL's cursor (a stale cursor starts over), the total for the
// pager, and each row described — what changed, and which actors and targets are still members
// (their names link to their profiles).
import "server-only";
import type { Queryable } from "@/db/client";
import {
  countAuditEvents,
  existingMemberIds,
  listAuditEvents,
  memberIdsByUser,
  type AuditLogFilter,
  type AuditLogRow,
  type AuditPageRequest,
} from "@/db/queries/audit-log";
import { describeDevice } from "@/lib/sessions/describe-device";
import type { ActivityCursor } from "@/lib/validation/activity-search";
import { describeAuditEvent, type EventChange } from "./describe-event";

export interface ActivityRow {
  id: string;
  seq: number;
  createdAt: Date;
  actor: {
    type: AuditLogRow["actorType"];
    name: string;
    email: string | null;
    userId: string | null;
    /** The acting member's profile, while they are a member. */
    memberId: string | null;
  };
  action: string;
  label: string;
  changes: EventChange[];
  details: string[];
  target: { type: string | null; id: string | null; name: string | null; email: string | null; memberId: string | null } | null;
  channel: AuditLogRow["channel"];
  ip: string | null;
  device: string | null;
  userAgent: string | null;
  /** A bulk change, removal or disable that may still be undone (for 10 minutes): its operation. */
  undoOperationId: string | null;
}

export interface EventPage {
  rows: ActivityRow[];
  page: number;
  pageCount: number;
  total: number;
}

function actorName(row: AuditLogRow): string {
  if (row.actorName) return row.actorName;
  if (row.actorEmail) return row.actorEmail;
  if (row.actorType === "scim") return "SCIM client";
  if (row.actorType === "system") return "Roster";
  return "Unknown";
}

export async function loadEventPage(
  db: Queryable,
  { organizationId, filter, cursor, page: requestedPage, pageSize }: { organizationId: string; filter: AuditLogFilter; cursor: ActivityCursor | undefined; page: number; pageSize: number },
): Promise<EventPage> {
  const total = await countAuditEvents(db, { organizationId, filter });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = requestedPage > 1 ? cursor : undefined;
  let request: AuditPageRequest = { kind: "first" };
  let page = 1;
  if (from?.kind === "last") {
    request = { kind: "last", size: total - (pageCount - 1) * pageSize };
    page = pageCount;
  } else if (from) {
    request = { kind: from.kind, cursor: { createdAt: from.createdAt, seq: from.seq } };
    page = Math.min(Math.max(2, requestedPage), pageCount);
  }
  let rows = total === 0 ? [] : await listAuditEvents(db, { organizationId, filter, request, limit: pageSize });
  // A stale link (events added since, a page number that no longer fits): start over.
  if (request.kind !== "first" && (rows.length === 0 || (request.kind === "before" && rows.length < pageSize))) {
    rows = await listAuditEvents(db, { organizationId, filter, request: { kind: "first" }, limit: pageSize });
    page = 1;
  } else if (request.kind === "after" && rows.length < pageSize) {
    page = pageCount;
  }
  return { rows: await describeRows(db, organizationId, rows), page, pageCount, total };
}

export async function describeRows(db: Queryable, organizationId: string, rows: AuditLogRow[]): Promise<ActivityRow[]> {
  const [members, membersByUser] = await Promise.all([
    existingMemberIds(db, { organizationId, memberIds: rows.flatMap((row) => (row.targetType === "member" && row.targetId ? [row.targetId] : [])) }),
    memberIdsByUser(db, { organizationId, userIds: rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])) }),
  ]);
  return rows.map((row) => {
    const described = describeAuditEvent(row);
    return {
      id: row.id,
      seq: row.seq,
      createdAt: row.createdAt,
      actor: {
        type: row.actorType,
        name: actorName(row),
        email: row.actorEmail,
        userId: row.actorUserId,
        memberId: row.actorUserId ? (membersByUser.get(row.actorUserId) ?? null) : null,
      },
      action: row.action,
      label: described.label,
      changes: described.changes,
      details: described.details,
      target: row.targetType
        ? {
            type: row.targetType,
            id: row.targetId,
            name: row.targetName,
            email: row.targetEmail,
            memberId: row.targetType === "member" && row.targetId && members.has(row.targetId) ? row.targetId : null,
          }
        : null,
      channel: row.channel,
      ip: row.ip,
      device: row.userAgent ? describeDevice(row.userAgent).label : null,
      userAgent: row.userAgent,
      undoOperationId: typeof row.metadata?.undoOperationId === "string" ? row.metadata.undoOperationId : null,
    };
  });
}
