// Account → Sessions: where the signed-in person is signed in, and signing out of the others.
import type { Metadata } from "next";
import { SessionList } from "@/components/account/session-list";
import { requireUser } from "@/lib/auth/org-context";
import { loadAccountSessions } from "@/lib/sessions/account-sessions";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const user = await requireUser();
  const now = new Date();
  const sessions = await loadAccountSessions(user, now);
  return <SessionList sessions={sessions} now={now.getTime()} />;
}
