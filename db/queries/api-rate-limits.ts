// The REST API's per-key request counter: the same fixed-window upsert as every rate limit
// (rate-limits.ts), committed without waiting for the WAL flush — a counter lost in a crash costs a
// few uncounted requests, while a flush on every API call would cost every caller a disk sync.
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { runTransaction } from "@/db/transaction";
import { incrementRateLimitBucket } from "./rate-limits";

export async function countApiRequest(
  db: Database,
  bucket: { key: string; windowStart: Date; cost: number; limit: number },
): Promise<number | null> {
  return runTransaction(db, async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return incrementRateLimitBucket(tx, bucket);
  });
}
