// An access review's report as CSV: every person reviewed, their role at the start, the decision
// (or "Not reviewed"), the new role, the note, who decided and when, and what was applied.
import "server-only";
import type { Queryable } from "@/db/client";
import { reviewItemBatches, type ReviewItemRow } from "@/db/queries/access-reviews";
import { csvStream, type CsvValue } from "@/lib/csv/csv-writer";
import { ROLE_LABELS } from "@/lib/permissions";
import { DECISION_LABELS } from "./scope";

export const REVIEW_CSV_HEADER = ["Name", "Email", "Role at start", "Decision", "New role", "Note", "Decided by", "Decided at (UTC)", "Outcome"] as const;

export function reviewCsvValues(item: ReviewItemRow): CsvValue[] {
  return [
    item.memberName,
    item.memberEmail,
    ROLE_LABELS[item.roleAtStart],
    item.decision ? DECISION_LABELS[item.decision] : "Not reviewed",
    item.newRole ? ROLE_LABELS[item.newRole] : null,
    item.note,
    item.decidedByName,
    item.decidedAt,
    item.outcome,
  ];
}

export function reviewReportStream(db: Queryable, { organizationId, reviewId }: { organizationId: string; reviewId: string }): ReadableStream<Uint8Array> {
  return csvStream(REVIEW_CSV_HEADER, reviewItemBatches(db, { organizationId, reviewId }), reviewCsvValues);
}
