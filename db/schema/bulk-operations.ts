// Bulk operations and single removals/disables that can be undone for a while: what each affected
// member looked like before (role, status, teams and team roles), so undo can restore it — and
// refuse members whose state changed since.
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

export interface MemberSnapshot {
  memberId: string;
  /** The member row as it was (a removed member is re-created from it). */
  row: Record<string, unknown>;
  teams: { teamId: string; role: string }[];
  /** The member's updated_at right after the operation: anything else means it changed since. */
  updatedAtAfter: string | null;
  /**
   * Role, status and teams the operation left (absent for a removal): undo refuses a member whose
   * state no longer matches, since someone changed it after the operation.
   */
  after?: { role: string; status: string; teams: { teamId: string; role: string }[] };
}

export const bulkOperations = pgTable(
  "bulk_operations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    action: text("action").notNull(), // e.g. "change_role", "remove", "disable"
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    // The audit event that recorded the operation (undo is offered from it too).
    auditEventId: uuid("audit_event_id"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    undoableUntil: timestamp("undoable_until", { mode: "date", precision: 3 }).notNull(),
    undoneAt: timestamp("undone_at", { mode: "date", precision: 3 }),
  },
  (t) => [index("bulk_operations_org_idx").on(t.organizationId, t.createdAt)],
);

export type BulkOperation = typeof bulkOperations.$inferSelect;

// Each member's state before the operation, a row apiece: a batch adds its members' rows without
// rewriting those of the batches before it.
export const bulkOperationMembers = pgTable(
  "bulk_operation_members",
  {
    operationId: uuid("operation_id")
      .notNull()
      .references(() => bulkOperations.id, { onDelete: "cascade" }),
    memberId: uuid("member_id").notNull(),
    snapshot: jsonb("snapshot").$type<MemberSnapshot>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.memberId] })],
);
