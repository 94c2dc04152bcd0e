// The request path's session reader. Pages, actions and routes read the database session straight
// from its cookie, with the rules Auth.js applies on each lookup (an expired session ends; one in
// use is extended once a day) — instead of calling Auth.js's `auth()`, which runs its whole request
// handler (URL, cookies, CSRF token, a Response to parse back) for one row. Sign-in, sign-out and
// /api/auth/* stay Auth.js's own.
import "server-only";
import type { Queryable } from "@/db/client";
import { deleteSessionByToken, extendSession, type SessionLookup } from "@/db/queries/session-lookup";
import { recordSessionUse } from "@/lib/auth/session-activity";
import { extendedExpiry, sessionFate } from "@/lib/auth/session-policy";

/** Where the request came from, recorded as the session's last use. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The signed-in user of a session found by its token, or null when it has expired (it is ended then,
 * as Auth.js would). Keeps the rolling expiry and the session's last use; a failing write is logged
 * and never fails the request.
 */
export async function acceptSession(
  db: Queryable,
  found: SessionLookup,
  { origin, now = Date.now() }: { origin: RequestOrigin; now?: number },
): Promise<SessionUser | null> {
  const { session, user } = found;
  const fate = sessionFate(session.expires, now);
  if (fate === "expired") {
    await quietly("ending an expired session", () => deleteSessionByToken(db, session.sessionToken));
    return null;
  }
  if (!user.email) return null;
  await Promise.all([
    fate === "extend" ? quietly("extending the session", () => extendSession(db, { sessionToken: session.sessionToken, expires: extendedExpiry(now) })) : null,
    quietly("recording session use", () => recordSessionUse(db, { sessionToken: session.sessionToken, lastSeenAt: session.lastSeenAt, ...origin }, new Date(now))),
  ]);
  return { id: user.id, email: user.email, name: user.name };
}

async function quietly(what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    console.error(`[auth] ${what} failed`, error instanceof Error ? error.message : error);
  }
}
