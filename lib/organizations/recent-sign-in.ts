// "A sign-in younger than 10 minutes": the current database session's creation time, read from
// the sessions table by the session's own token (another, fresher session of the same user on
// another device does not count). Compared with the database clock, which stamped it.
import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions } from "@/db/schema";

export const RECENT_SIGN_IN_MINUTES = 10;

/** Seconds left in which the session counts as a recent sign-in; 0 when it does not (or is unknown). */
export async function recentSignInSecondsLeft(
  db: Queryable,
  { userId, sessionToken }: { userId: string; sessionToken: string | null | undefined },
): Promise<number> {
  if (!sessionToken) return 0;
  const window = sql`(${RECENT_SIGN_IN_MINUTES}::integer * interval '1 minute')`;
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
