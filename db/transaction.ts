// Transactions and the database errors callers branch on: one place that opens a transaction,
// retries the whole unit of work when PostgreSQL aborts it for a serialization failure or a
// deadlock, and reads the SQLSTATE through Drizzle's wrapper.
import type { Database, Transaction } from "./client";

/** serialization_failure, deadlock_detected: the work is safe to run again from the start. */
const RETRYABLE = new Set(["40001", "40P01"]);
const UNIQUE_VIOLATION = "23505";

/** The SQLSTATE of a database error, looking through Drizzle's wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** A unique constraint refused the write (a slug, a membership, a pending invitation taken meanwhile). */
export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === UNIQUE_VIOLATION;
}

/** Runs `work` again, after a short jittered pause, when the database aborted it as retryable. */
export async function withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has(pgErrorCode(error) ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

/** One transaction: committed when `work` resolves, rolled back when it throws. */
export function runTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Transaction));
}

/** A transaction retried from the start on serialization failures and deadlocks. */
export function runTransactionWithRetry<T>(db: Database, work: (tx: Transaction) => Promise<T>, attempts = 4): Promise<T> {
  return withRetry(() => runTransaction(db, work), attempts);
}
