// The activity log as a CSV file: every event matching the filter, newest first, streamed from the
// database in keyset batches through the one CSV writer — the same columns the log page shows,
// what changed as "Field: before → after", and each event's position and hash in the chain.
import "server-only";
import type { Queryable } from "@/db/client";
import { auditEventPages, type AuditLogFilter, type AuditLogRow } from "@/db/queries/audit-log";
import { csvStream, type CsvValue } from "@/lib/csv/csv-writer";
import { CHANNEL_LABELS } from "./action-catalog";
import { changesText, describeAuditEvent } from "./describe-event";

export const AUDIT_CSV_HEADER = [
  "Time (UTC)",
  "Actor",
  "Actor email",
  "Actor type",
  "Credential",
  "Action",
  "Action code",
  "Target type",
  "Target",
  "Target email",
  "Changes",
  "Details",
  "Channel",
  "IP address",
  "User agent",
  "Event",
  "Position",
  "Hash",
] as const;

const ACTOR_TYPES = { user: "Person", api_key: "API key", scim: "SCIM client", system: "System" } as const;

export function auditCsvValues(row: AuditLogRow): CsvValue[] {
  const described = describeAuditEvent(row);
  return [
    row.createdAt,
    row.actorName,
    row.actorEmail,
    ACTOR_TYPES[row.actorType],
    row.actorCredentialId,
    described.label,
    row.action,
    row.targetType,
    row.targetName,
    row.targetEmail,
    changesText(described.changes),
    described.details.join("; "),
    CHANNEL_LABELS[row.channel],
    row.ip,
    row.userAgent,
    row.id,
    row.seq,
    row.hash,
  ];
}

export function auditCsvStream(
  db: Queryable,
  { organizationId, filter, onDone }: { organizationId: string; filter: AuditLogFilter; onDone?: (outcome: { rows: number; complete: boolean }) => void },
): ReadableStream<Uint8Array> {
  return csvStream(AUDIT_CSV_HEADER, auditEventPages(db, { organizationId, filter, batchSize: 1_000 }), auditCsvValues, onDone);
}
