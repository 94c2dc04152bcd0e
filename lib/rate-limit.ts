// Fixed-window rate limits kept in PostgreSQL (works across app instances): the rules, their
// messages, and checks that count through one atomic upsert (db/queries/rate-limits.ts), so
// concurrent requests can't overshoot and a refused request isn't charged.
import "server-only";
import type { Queryable } from "@/db/client";
import { deleteRateLimitBucketsBefore, incrementRateLimitBucket, readRateLimitBucket } from "@/db/queries/rate-limits";
import { env } from "@/lib/env";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
  /** Shown to the user: "invitations", "sign-in emails". */
  noun: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Organizations younger than this many days send under `invitationsPerNewOrganization` too. */
export const NEW_ORGANIZATION_DAYS = env.ROSTER_NEW_ORG_DAYS;

export const RATE_LIMITS = {
  /** Invitations one member may send (a 10,000-row import fits). */
  invitationsPerActor: { limit: 10_000, windowMs: 60 * 60 * 1000, noun: "invitations" },
  /** Invitations per organization per day, all admins together. */
  invitationsPerOrganization: { limit: 20_000, windowMs: DAY_MS, noun: "invitations" },
  /** ... and far fewer in an organization's first days: a brand-new account is a spammer's cheapest relay. */
  invitationsPerNewOrganization: { limit: env.ROSTER_NEW_ORG_INVITES_PER_DAY, windowMs: DAY_MS, noun: "invitations" },
  /** Sign-in links per email address. */
  signInPerEmail: { limit: env.SIGN_IN_LIMIT_PER_EMAIL, windowMs: 15 * 60 * 1000, noun: "sign-in emails" },
  /** Sign-in links per client address. */
  signInPerIp: { limit: env.SIGN_IN_LIMIT_PER_IP, windowMs: 15 * 60 * 1000, noun: "sign-in emails" },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { ok: true; count: number } | { ok: false; retryAfterMs: number; message: string };

export async function consumeRateLimit(
  db: Queryable,
  key: string,
  rule: RateLimitRule,
  { cost = 1, now = Date.now() }: { cost?: number; now?: number } = {},
): Promise<RateLimitResult> {
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const retryAfterMs = windowStart + rule.windowMs - now;
  const refused = (): RateLimitResult => ({ ok: false, retryAfterMs, message: limitMessage(rule, retryAfterMs) });
  if (cost > rule.limit) return refused();

  const count = await incrementRateLimitBucket(db, { key, windowStart: new Date(windowStart), cost, limit: rule.limit });
  return count !== null ? { ok: true, count } : refused();
}

function limitMessage(rule: RateLimitRule, retryAfterMs: number): string {
  return `Too many ${rule.noun} sent recently (limit ${rule.limit.toLocaleString("en-US")}). Try again in ${formatRetryAfter(retryAfterMs)}.`;
}

/** "7 minutes", "5 hours": how long until a window ends, for messages. */
export function formatRetryAfter(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return minutes >= 120 ? `${Math.ceil(minutes / 60)} hours` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Deletes windows that ended long ago; called from the background worker. */
export async function pruneRateLimits(db: Queryable, olderThan: Date): Promise<void> {
  await deleteRateLimitBucketsBefore(db, olderThan);
}

/** Whether the next `cost` would be refused, without counting anything (for a friendly early answer). */
export async function peekRateLimit(
  db: Queryable,
  key: string,
  rule: RateLimitRule,
  { cost = 1, now = Date.now() }: { cost?: number; now?: number } = {},
): Promise<RateLimitResult> {
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const retryAfterMs = windowStart + rule.windowMs - now;
  const count = await readRateLimitBucket(db, { key, windowStart: new Date(windowStart) });
  return count + cost <= rule.limit ? { ok: true, count } : { ok: false, retryAfterMs, message: limitMessage(rule, retryAfterMs) };
}
