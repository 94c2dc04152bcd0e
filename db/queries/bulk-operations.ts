// Undoable operations (bulk changes, single removals and disables): the row with each member's
// state before, written in the operation's transactions, and read back — locked — by undo.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { bulkOperations, type BulkOperation, type MemberSnapshot } from "@/db/schema";

export async function insertBulkOperation(
  db: Queryable,
  values: { organizationId: string; action: string; actorUserId: string | null; undoableUntil: Date; snapshots?: MemberSnapshot[] },
): Promise<string> {
  const [row] = await db
    .insert(bulkOperations)
    .values({ ...values, snapshots: values.snapshots ?? [] })
    .returning({ id: bulkOperations.id });
  return row!.id;
}

/** Adds a batch's snapshots to the operation (each batch commits its own). */
export async function appendSnapshots(
  db: Queryable,
  { organizationId, operationId, snapshots }: { organizationId: string; operationId: string; snapshots: MemberSnapshot[] },
): Promise<void> {
  if (snapshots.length === 0) return;
  await db
    .update(bulkOperations)
    .set({ snapshots: sql`${bulkOperations.snapshots} || ${JSON.stringify(snapshots)}::jsonb` })
    .where(and(eq(bulkOperations.organizationId, organizationId), eq(bulkOperations.id, operationId)));
}

export async function getBulkOperationForUpdate(
  db: Queryable,
  { organizationId, operationId }: { organizationId: string; operationId: string },
): Promise<BulkOperation | null> {
  const [row] = await db
    .select()
    .from(bulkOperations)
    .where(and(eq(bulkOperations.organizationId, organizationId), eq(bulkOperations.id, operationId)))
    .for("update");
  return row ?? null;
}

export async function markBulkOperationUndone(
  db: Queryable,
  { organizationId, operationId }: { organizationId: string; operationId: string },
): Promise<void> {
  await db
    .update(bulkOperations)
    .set({ undoneAt: new Date() })
    .where(and(eq(bulkOperations.organizationId, organizationId), eq(bulkOperations.id, operationId)));
}
