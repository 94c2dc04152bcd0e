// "A sign-in younger than 10 minutes": the current database session's creation time, read by the
// session's own token (another, fresher session of the same user on another device does not
// count) and compared with the database clock, which stamped it.
import "server-only";
import type { Queryable } from "@/db/client";
import { signInWindowSecondsLeft } from "@/db/queries/sessions";

export const RECENT_SIGN_IN_MINUTES = 10;

/** Seconds left in which the session counts as a recent sign-in; 0 when it does not (or is unknown). */
export async function recentSignInSecondsLeft(
  db: Queryable,
  { userId, sessionToken }: { userId: string; sessionToken: string | null | undefined },
): Promise<number> {
  if (!sessionToken) return 0;
  return signInWindowSecondsLeft(db, { userId, sessionToken, windowMinutes: RECENT_SIGN_IN_MINUTES });
}
