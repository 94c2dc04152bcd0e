// One-time re-authentication codes as rows: bound to user + organization + purpose, stored only as
// a keyed hash (computed above db/, in lib/organizations/reauth-codes.ts), expiring by the
// database clock, consumed once, with counted attempts. All inside the caller's transaction.
import "server-only";
import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { reauthCodes } from "@/db/schema";
import type { ReauthPurpose } from "@/db/schema/enums";

export interface ReauthCodeBinding {
  userId: string;
  organizationId: string;
  purpose: ReauthPurpose;
}

const boundTo = (b: ReauthCodeBinding) =>
  and(eq(reauthCodes.userId, b.userId), eq(reauthCodes.organizationId, b.organizationId), eq(reauthCodes.purpose, b.purpose));

export async function countReauthCodesIssuedLastHour(db: Queryable, binding: ReauthCodeBinding): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reauthCodes)
    .where(and(boundTo(binding), gt(reauthCodes.createdAt, sql`now() - interval '1 hour'`)));
  return Number(row?.n ?? 0);
}

/** Ends the binding's live codes now (a new one replaces them). */
export async function expireLiveReauthCodes(tx: Queryable, binding: ReauthCodeBinding): Promise<void> {
  await tx
    .update(reauthCodes)
    .set({ expiresAt: sql`now()` })
    .where(and(boundTo(binding), isNull(reauthCodes.consumedAt), gt(reauthCodes.expiresAt, sql`now()`)));
}

/** Stores a code's hash, valid for `ttlMinutes` by the database clock. */
export async function insertReauthCode(tx: Queryable, binding: ReauthCodeBinding, { codeHash, ttlMinutes }: { codeHash: string; ttlMinutes: number }): Promise<void> {
  await tx.insert(reauthCodes).values({
    ...binding,
    codeHash,
    expiresAt: sql`now() + (${ttlMinutes}::integer * interval '1 minute')`,
  });
}

export interface LatestReauthCode {
  id: string;
  codeHash: string;
  attempts: number;
  /** Not expired by the database clock. */
  live: boolean;
}

/** The binding's latest unconsumed code, locked, or null. */
export async function lockLatestReauthCode(tx: Queryable, binding: ReauthCodeBinding): Promise<LatestReauthCode | null> {
  const [row] = await tx
    .select({
      id: reauthCodes.id,
      codeHash: reauthCodes.codeHash,
      attempts: reauthCodes.attempts,
      live: sql<boolean>`${reauthCodes.expiresAt} > now()`,
    })
    .from(reauthCodes)
    .where(and(boundTo(binding), isNull(reauthCodes.consumedAt)))
    .orderBy(desc(reauthCodes.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}

export async function setReauthCodeAttempts(tx: Queryable, id: string, attempts: number): Promise<void> {
  await tx.update(reauthCodes).set({ attempts }).where(eq(reauthCodes.id, id));
}

export async function markReauthCodeConsumed(tx: Queryable, id: string): Promise<void> {
  await tx.update(reauthCodes).set({ consumedAt: sql`now()` }).where(eq(reauthCodes.id, id));
}
