// Abuse limits on sign-in emails, per address and per client IP, kept in the database. Counted
// where the email is actually sent (Auth.js's sendVerificationRequest), so posting to Auth.js's
// endpoint directly is limited too; the sign-in form peeks first to show a clear message.
import "server-only";
import type { Queryable } from "@/db/client";
import { RATE_LIMITS, consumeRateLimit, peekRateLimit, type RateLimitResult } from "@/lib/rate-limit";

export class SignInRateLimitedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInRateLimitedError";
  }
}

function keys(email: string, ip: string | null) {
  const list = [[`sign-in:email:${email.trim().toLowerCase()}`, RATE_LIMITS.signInPerEmail]] as [string, typeof RATE_LIMITS.signInPerEmail][];
  if (ip) list.push([`sign-in:ip:${ip}`, RATE_LIMITS.signInPerIp]);
  return list;
}

/** Counts one sign-in email; throws SignInRateLimitedError when a limit is reached. */
export async function consumeSignInAllowance(db: Queryable, { email, ip }: { email: string; ip: string | null }): Promise<void> {
  for (const [key, rule] of keys(email, ip)) {
    const result = await consumeRateLimit(db, key, rule);
    if (!result.ok) throw new SignInRateLimitedError(result.message);
  }
}

/** The first limit the next sign-in email would hit, without counting it. */
export async function peekSignInAllowance(db: Queryable, { email, ip }: { email: string; ip: string | null }): Promise<RateLimitResult> {
  for (const [key, rule] of keys(email, ip)) {
    const result = await peekRateLimit(db, key, rule);
    if (!result.ok) return result;
  }
  return { ok: true, count: 0 };
}
