// Account → Sessions: the signed-in person's own sessions, the current one marked.
import "server-only";
import { getDb } from "@/db";
import { listUserSessions, type UserSession } from "@/db/queries/sessions";
import type { SessionUser } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";

export async function loadAccountSessions(user: SessionUser, now: Date): Promise<UserSession[]> {
  const [db, currentToken] = await Promise.all([getDb(), currentSessionToken()]);
  return listUserSessions(db, { userId: user.id, currentToken, now });
}
