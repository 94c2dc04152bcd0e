// Keeps each session's "last active", address and browser current for the sessions lists, at most
// once a minute: the session row already read for this request (lib/auth/database-session.ts) says
// when it was last recorded, so most requests send nothing at all.
import "server-only";
import type { Queryable } from "@/db/client";
import { touchSession } from "@/db/queries/sessions";

export const SESSION_ACTIVITY_INTERVAL_MS = 60 * 1000;

export interface SessionUse {
  sessionToken: string;
  /** The row's last_seen_at as read for this request; undefined when unknown (the conditional update alone keeps the limit). */
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
