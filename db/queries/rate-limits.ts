// Fixed-window rate-limit counters: one row per key and window. The increment is a single upsert
// that only grows the counter while it stays within the limit, so concurrent requests can't
// overshoot and a refused request isn't charged. The rules live in lib/rate-limit.ts.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";

/** Adds `cost` to the window's counter if the total stays within `limit`; the new count, or null when refused. */
export async function incrementRateLimitBucket(
  db: Queryable,
  { key, windowStart, cost, limit }: { key: string; windowStart: Date; cost: number; limit: number },
): Promise<number | null> {
  const rows = await db
    .insert(rateLimitBuckets)
    .values({ key, windowStart, count: cost })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { count: sql`${rateLimitBuckets.count} + ${cost}` },
      setWhere: sql`${rateLimitBuckets.count} + ${cost} <= ${limit}`,
    })
    .returning({ count: rateLimitBuckets.count });
  return rows[0]?.count ?? null;
}

/** The window's count so far (0 when nothing was counted). */
export async function readRateLimitBucket(db: Queryable, { key, windowStart }: { key: string; windowStart: Date }): Promise<number> {
  const [row] = await db
    .select({ count: rateLimitBuckets.count })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStart, windowStart)));
  return row?.count ?? 0;
}

/** Deletes windows that started before `olderThan`. */
export async function deleteRateLimitBucketsBefore(db: Queryable, olderThan: Date): Promise<void> {
  await db.delete(rateLimitBuckets).where(sql`${rateLimitBuckets.windowStart} < ${olderThan.toISOString()}`);
}
