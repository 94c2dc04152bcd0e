// Email outbox queries: claiming a message for delivery, recording the outcome (and what Resend's
// webhook later reports about it), and reading the outbox for the dev mailbox. Times come from the database clock (now()), which also stamps new
// rows, so app servers with skewed clocks agree on what is due.
import "server-only";
import { and, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";

/** A claimed message is left alone by other workers for this long (longer than any send timeout). */
export const CLAIM_LEASE_MS = 2 * 60_000;

/** Messages this old are never sent: a sign-in link stored while no API key was set must not go out later. */
const MAX_AGE = sql`now() - interval '24 hours'`;

const afterMs = (ms: number) => sql`now() + (${Math.round(ms)}::integer * interval '1 millisecond')`;

const claimable = and(
  inArray(emailOutbox.status, ["queued", "failed", "sending"]),
  lte(emailOutbox.nextAttemptAt, sql`now()`),
  gt(emailOutbox.createdAt, MAX_AGE),
  // A message whose link or code has expired (or been erased) is not worth sending.
  or(isNull(emailOutbox.secretExpiresAt), and(isNotNull(emailOutbox.secret), gt(emailOutbox.secretExpiresAt, sql`now()`))),
);

export type NewOutboxEmail = Pick<
  typeof emailOutbox.$inferInsert,
  "organizationId" | "invitationId" | "to" | "template" | "subject" | "html" | "text" | "secret" | "secretExpiresAt"
>;

export async function insertOutboxEmail(db: Queryable, message: NewOutboxEmail): Promise<{ id: string }> {
  const [row] = await db.insert(emailOutbox).values(message).returning({ id: emailOutbox.id });
  if (!row) throw new Error("The email outbox insert returned no row.");
  return row;
}

/** Many messages in multi-row inserts (a bulk change's emails); ids in the order given. */
export async function insertOutboxEmails(db: Queryable, messages: NewOutboxEmail[]): Promise<string[]> {
  const ids: string[] = [];
  // Each row carries two bodies: keep a statement's parameters and size well within bounds.
  for (let i = 0; i < messages.length; i += 200) {
    const rows = await db.insert(emailOutbox).values(messages.slice(i, i + 200)).returning({ id: emailOutbox.id });
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/**
 * Erases secrets nobody can use any more: the message was sent or gave up, the link or code
 * expired, or the message was never sent within its window. Returns how many were erased.
 */
export async function eraseSpentSecrets(db: Queryable): Promise<number> {
  const rows = await db
    .update(emailOutbox)
    .set({ secret: null })
    .where(
      and(
        isNotNull(emailOutbox.secret),
        or(
          inArray(emailOutbox.status, ["sent", "dead"]),
          lte(emailOutbox.secretExpiresAt, sql`now()`),
          lte(emailOutbox.createdAt, MAX_AGE),
        ),
      ),
    )
    .returning({ id: emailOutbox.id });
  return rows.length;
}

/**
 * Atomically takes a due message for one delivery attempt: status "sending", attempts + 1, and
 * a lease (nextAttemptAt in the future) so a crashed worker's message is retried after it
 * expires. Returns null when the message is not due, already sent, or taken by someone else.
 */
export async function claimOutboxEmail(db: Queryable, id: string): Promise<OutboxEmail | null> {
  const [row] = await db
    .update(emailOutbox)
    .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: afterMs(CLAIM_LEASE_MS) })
    .where(and(eq(emailOutbox.id, id), claimable))
    .returning();
  return row ?? null;
}

/** Ids of messages due for delivery, oldest first. */
export async function listDueOutboxIds(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(claimable)
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The claim (id + attempt number) a worker holds; outcomes are written only while it still holds it. */
interface Claim {
  id: string;
  attempts: number;
}

const stillClaimed = (claim: Claim) =>
  and(eq(emailOutbox.id, claim.id), eq(emailOutbox.status, "sending"), eq(emailOutbox.attempts, claim.attempts));

export async function markOutboxSent(db: Queryable, claim: Claim, providerMessageId: string | null): Promise<void> {
  await db
    .update(emailOutbox)
    // Delivered: the link or code now lives only in the recipient's mailbox.
    .set({ status: "sent", providerMessageId, sentAt: sql`now()`, lastError: null, secret: null })
    .where(stillClaimed(claim));
}

/** Records a failed attempt: "failed" with the next try `retryInMs` from now, or "dead" (no more tries). */
export async function markOutboxFailed(
  db: Queryable,
  claim: Claim,
  outcome: { status: "failed"; retryInMs: number; error: string } | { status: "dead"; error: string },
): Promise<Date | null> {
  const [row] = await db
    .update(emailOutbox)
    .set({
      status: outcome.status,
      lastError: outcome.error.slice(0, 1000),
      ...(outcome.status === "failed" ? { nextAttemptAt: afterMs(outcome.retryInMs) } : { secret: null }),
    })
    .where(stillClaimed(claim))
    .returning({ nextAttemptAt: emailOutbox.nextAttemptAt });
  return outcome.status === "failed" ? (row?.nextAttemptAt ?? null) : null;
}

export async function getOutboxEmail(db: Queryable, id: string): Promise<OutboxEmail | null> {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row ?? null;
}

/** Newest first, optionally only those sent to one address (compared normalised). For the dev mailbox. */
export async function listOutboxMessages(
  db: Queryable,
  options: { to?: string; limit?: number } = {},
): Promise<OutboxEmail[]> {
  const to = options.to?.trim().toLowerCase();
  return db
    .select()
    .from(emailOutbox)
    .where(to ? eq(emailOutbox.to, to) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit ?? 100);
}

/** The message Resend knows by `providerMessageId`, locked for the webhook's update, or null. */
export async function lockOutboxEmailByProviderId(db: Queryable, providerMessageId: string): Promise<OutboxEmail | null> {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.providerMessageId, providerMessageId)).for("update");
  return row ?? null;
}

/** What Resend last reported about the message (delivered, delivery_delayed, complained, bounced). */
export async function setOutboxDeliveryEvent(db: Queryable, id: string, deliveryEvent: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ deliveryEvent, deliveryEventAt: sql`now()` })
    .where(eq(emailOutbox.id, id));
}
