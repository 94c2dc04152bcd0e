// Account → Sessions: where the signed-in person is signed in, and signing out of the others.
import type { Metadata } from "next";
import { SessionList } from "@/components/account/session-list";
import { getDb } from "@/db";
import { listUserSessions } from "@/db/queries/sessions";
import { requireUser } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const [user, currentToken, db] = await Promise.all([requireUser(), currentSessionToken(), getDb()]);
  const now = new Date();
  const sessions = await listUserSessions(db, { userId: user.id, currentToken, now });
  return <SessionList sessions={sessions} now={now.getTime()} />;
}
