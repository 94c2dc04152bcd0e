// Undoable operations (bulk changes, single removals and disables): the operation's row and a row per
// member with its state before, written in the operation's transactions, read back — locked — by undo.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { bulkOperationMembers, bulkOperations, type BulkOperation, type MemberSnapshot } from "@/db/schema";

export async function insertBulkOperation(
  db: Queryable,
  values: { organizationId: string; action: string; actorUserId: string | null; undoableUntil: Date; snapshots?: MemberSnapshot[] },
): Promise<string> {
  const { snapshots, ...operation } = values;
  const [row] = await db.insert(bulkOperations).values(operation).returning({ id: bulkOperations.id });
  if (snapshots?.length) await insertSnapshotRows(db, row!.id, snapshots);
  return row!.id;
}

async function insertSnapshotRows(db: Queryable, operationId: string, snapshots: MemberSnapshot[]): Promise<void> {
  for (let i = 0; i < snapshots.length; i += 500) {
    await db.insert(bulkOperationMembers).values(snapshots.slice(i, i + 500).map((snapshot) => ({ operationId, memberId: snapshot.memberId, snapshot })));
  }
}

/** Adds a batch's snapshots to the operation (each batch commits its own). */
export async function appendSnapshots(
  db: Queryable,
  { organizationId, operationId, snapshots }: { organizationId: string; operationId: string; snapshots: MemberSnapshot[] },
): Promise<void> {
  if (snapshots.length === 0) return;
  // The operation must be this organization's.
  const [operation] = await db
    .select({ id: bulkOperations.id })
    .from(bulkOperations)
    .where(and(eq(bulkOperations.organizationId, organizationId), eq(bulkOperations.id, operationId)));
  if (!operation) throw new Error("appendSnapshots: no such operation in this organization");
  await insertSnapshotRows(db, operationId, snapshots);
}

export async function getBulkOperationForUpdate(
  db: Queryable,
  { organizationId, operationId }: { organizationId: string; operationId: string },
): Promise<(BulkOperation & { snapshots: MemberSnapshot[] }) | null> {
  const [row] = await db
    .select()
    .from(bulkOperations)
    .where(and(eq(bulkOperations.organizationId, organizationId), eq(bulkOperations.id, operationId)))
    .for("update");
  if (!row) return null;
  const members = await db
    .select({ snapshot: bulkOperationMembers.snapshot })
    .from(bulkOperationMembers)
    .where(eq(bulkOperationMembers.operationId, operationId))
    .orderBy(bulkOperationMembers.memberId);
  return { ...row, snapshots: members.map((m) => m.snapshot) };
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
