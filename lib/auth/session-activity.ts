// Keeps each session's "last active", address and browser current for the sessions lists, at most
// once a minute: the session row Auth.js already read for this request says when it was last
// recorded, so most requests send nothing at all.
import "server-only";
import type { Queryable } from "@/db/client";
import { touchSession } from "@/db/queries/sessions";

export const SESSION_ACTIVITY_INTERVAL_MS = 60 * 1000;

export interface SessionUse {
  sessionToken: string;
  /** The row's last_seen_at as read for this request; undefined when the read did not include it. */
  lastSeenAt: Date | null | undefined;
  ip: string | null;
  userAgent: string | null;
}

/** "skipped": recorded less than a minute ago, nothing sent; "raced": a parallel request recorded it first. */
export type SessionUseOutcome = "written" | "skipped" | "raced";

export async function recordSessionUse(db: Queryable, use: SessionUse, now = new Date()): Promise<SessionUseOutcome> {
  const notSeenSince = new Date(now.getTime() - SESSION_ACTIVITY_INTERVAL_MS);
  if (use.lastSeenAt && use.lastSeenAt > notSeenSince) return "skipped";
  const written = await touchSession(db, {
    sessionToken: use.sessionToken,
    seenAt: now,
    notSeenSince,
    ip: use.ip,
    userAgent: use.userAgent?.slice(0, 500) ?? null,
  });
  return written ? "written" : "raced";
}

/**
 * The session token and last use from what `auth()` returned. Without a custom `session`
 * callback, next-auth hands server code the adapter's whole session row (dates as ISO strings);
 * should a callback narrow it, the token falls back to the cookie and the last use to unknown —
 * then the conditional update alone keeps the once-a-minute limit.
 */
export function sessionUseFrom(
  session: unknown,
  fallbackToken: string | null,
): { sessionToken: string; lastSeenAt: Date | null | undefined } | null {
  const row = (session ?? {}) as { sessionToken?: unknown; lastSeenAt?: unknown };
  const sessionToken = typeof row.sessionToken === "string" && row.sessionToken ? row.sessionToken : fallbackToken;
  if (!sessionToken) return null;
  if (!("lastSeenAt" in row)) return { sessionToken, lastSeenAt: undefined };
  const lastSeenAt = typeof row.lastSeenAt === "string" || row.lastSeenAt instanceof Date ? new Date(row.lastSeenAt) : null;
  return { sessionToken, lastSeenAt: lastSeenAt && !Number.isNaN(lastSeenAt.getTime()) ? lastSeenAt : null };
}
