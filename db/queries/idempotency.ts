// Remembered answers to POSTs that carried an Idempotency-Key, per API key: claimed before the work
// runs (so a concurrent duplicate sees it in flight), completed with the answer, released when the
// work failed on the server's side (so a retry can run it), and pruned after a day.
import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";

export interface IdempotencyRecord {
  requestFingerprint: string;
  responseStatus: number | null;
  responseBody: unknown;
  createdAt: Date;
}

/** Claims (apiKeyId, key) for this request; null when claimed now, else the earlier claim. */
export async function claimIdempotencyKey(
  db: Queryable,
  { apiKeyId, key, fingerprint }: { apiKeyId: string; key: string; fingerprint: string },
): Promise<IdempotencyRecord | null> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ apiKeyId, key, requestFingerprint: fingerprint })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [existing] = await db
    .select({
      requestFingerprint: idempotencyKeys.requestFingerprint,
      responseStatus: idempotencyKeys.responseStatus,
      responseBody: idempotencyKeys.responseBody,
      createdAt: idempotencyKeys.createdAt,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
  // Released between our insert and this read: treat it as in flight; the client retries.
  return existing ?? { requestFingerprint: fingerprint, responseStatus: null, responseBody: null, createdAt: new Date() };
}

export async function completeIdempotencyKey(
  db: Queryable,
  { apiKeyId, key, status, body }: { apiKeyId: string; key: string; status: number; body: unknown },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: status, responseBody: body ?? null })
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
}

export async function releaseIdempotencyKey(db: Queryable, { apiKeyId, key }: { apiKeyId: string; key: string }): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
}

/** Forgets claims older than `olderThan` (a stale one is then treated as new). */
export async function deleteIdempotencyKeysBefore(db: Queryable, olderThan: Date): Promise<number> {
  const rows = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan)).returning({ key: idempotencyKeys.key });
  return rows.length;
}

/** Deletes one stale claim (older than `olderThan`) so it can be claimed afresh. */
export async function deleteStaleIdempotencyKey(
  db: Queryable,
  { apiKeyId, key, olderThan }: { apiKeyId: string; key: string; olderThan: Date },
): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key), lt(idempotencyKeys.createdAt, olderThan)));
}
