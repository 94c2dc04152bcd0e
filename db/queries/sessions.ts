// Sign-in sessions as people see them: when and where each was last used (written at most once a
// minute), a user's own list, ending sessions, and how fresh the current sign-in is. Outside this file a session is known by a public
// id — a truncated SHA-256 of its token — so no token is ever sent to a browser or taken from one.
import "server-only";
import { and, desc, eq, gt, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, sessions } from "@/db/schema";
import { isUuid } from "./members";

/** 128 bits of the token's SHA-256: unique enough to pick a session, useless to sign in with. */
const publicId = sql<string>`substr(encode(sha256(convert_to(${sessions.sessionToken}, 'UTF8')), 'hex'), 1, 32)`;

export const SESSION_ID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * Records a use of the session unless one was recorded since `notSeenSince`; true when written.
 * The condition holds the once-a-minute limit even when parallel requests all decide to write.
 */
export async function touchSession(
  db: Queryable,
  { sessionToken, seenAt, notSeenSince, ip, userAgent }: { sessionToken: string; seenAt: Date; notSeenSince: Date; ip: string | null; userAgent: string | null },
): Promise<boolean> {
  const written = await db
    .update(sessions)
    .set({ lastSeenAt: seenAt, ip, userAgent })
    .where(and(eq(sessions.sessionToken, sessionToken), or(isNull(sessions.lastSeenAt), lte(sessions.lastSeenAt, notSeenSince))))
    .returning({ userId: sessions.userId });
  return written.length > 0;
}

export interface UserSession {
  /** Public id (see above). */
  id: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  ip: string | null;
  userAgent: string | null;
  /** The session of the request asking. */
  current: boolean;
}

/** The user's unexpired sessions: the current one first, then the most recently used. */
export async function listUserSessions(
  db: Queryable,
  { userId, currentToken, now }: { userId: string; currentToken: string | null; now: Date },
): Promise<UserSession[]> {
  const rows = await db
    .select({
      id: publicId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      current: sql<boolean>`coalesce(${sessions.sessionToken} = ${currentToken ?? ""}, false)`,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, now)))
    .orderBy(desc(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`), desc(sessions.createdAt));
  return rows.map((row) => ({ ...row, current: row.current === true })).sort((a, b) => Number(b.current) - Number(a.current));
}

/** Deletes one of the user's sessions by public id, never `keepToken`; the number deleted (0 or 1). */
export async function deleteUserSession(
  db: Queryable,
  { userId, sessionId, keepToken }: { userId: string; sessionId: string; keepToken: string },
): Promise<number> {
  if (!SESSION_ID_PATTERN.test(sessionId)) return 0;
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.sessionToken, keepToken), eq(publicId, sessionId)))
    .returning({ userId: sessions.userId });
  return deleted.length;
}

/** Deletes every session of the user (but `keepToken`, when given); the number deleted. */
export async function deleteUserSessions(
  db: Queryable,
  { userId, keepToken }: { userId: string; keepToken?: string },
): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepToken === undefined ? undefined : ne(sessions.sessionToken, keepToken)))
    .returning({ userId: sessions.userId });
  return deleted.length;
}

export interface MemberSessionSummary {
  /** False for someone who never signed in (an invitee): there is nothing to end. */
  hasAccount: boolean;
  /** Unexpired sessions of the member's user, in every organization. */
  count: number;
  /** The latest use of any of them (or its sign-in, when no use is recorded yet). */
  lastSeenAt: Date | null;
}

/** How many sessions a member of the organization has and when one was last used; null for an unknown member. */
export async function summarizeMemberSessions(
  db: Queryable,
  { organizationId, memberId, now }: { organizationId: string; memberId: string; now: Date },
): Promise<MemberSessionSummary | null> {
  if (!isUuid(memberId)) return null;
  const [row] = await db
    .select({
      userId: members.userId,
      count: sql<number>`count(${sessions.sessionToken})::int`,
      lastSeenAt: sql<Date | null>`max(coalesce(${sessions.lastSeenAt}, ${sessions.createdAt}))`.mapWith(sessions.lastSeenAt),
    })
    .from(members)
    .leftJoin(sessions, and(eq(sessions.userId, members.userId), gt(sessions.expires, now)))
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)))
    .groupBy(members.userId);
  if (!row) return null;
  return { hasAccount: row.userId !== null, count: Number(row.count), lastSeenAt: row.lastSeenAt ?? null };
}

/**
 * Seconds left until the session, by its own token, is older than `windowMinutes` (0 when it
 * already is, or is not the user's live session). Compared with the database clock, which stamped it.
 */
export async function signInWindowSecondsLeft(
  db: Queryable,
  { userId, sessionToken, windowMinutes }: { userId: string; sessionToken: string; windowMinutes: number },
): Promise<number> {
  const window = sql`(${windowMinutes}::integer * interval '1 minute')`;
  const [row] = await db
    .select({ left: sql<number>`floor(extract(epoch from (${sessions.createdAt} + ${window} - now())))::int` })
    .from(sessions)
    .where(
      and(
        eq(sessions.sessionToken, sessionToken),
        eq(sessions.userId, userId),
        gt(sessions.expires, sql`now()`),
        gt(sessions.createdAt, sql`now() - ${window}`),
      ),
    )
    .limit(1);
  return Math.max(0, Number(row?.left ?? 0));
}
