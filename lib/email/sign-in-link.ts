// Auth.js's sendVerificationRequest: stores the magic-link email in the outbox, then tries to
// deliver it at once. A failed send is recorded (and retried later), not shown to the user.
import "server-only";
import { createElement } from "react";
import { getDb } from "@/db";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-rate-limit";
import { deliverOutboxEmail } from "./deliver";
import { enqueueEmail } from "./outbox";
import { renderEmail } from "./render";
import { SignInLinkEmail } from "./templates/sign-in-link";

export async function sendSignInLink({ to, url, expires, ip = null }: { to: string; url: string; expires: Date; ip?: string | null }): Promise<void> {
  const expiresInMinutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const { html, text } = await renderEmail(createElement(SignInLinkEmail, { url, expiresInMinutes }));
  const db = await getDb();
  await consumeSignInAllowance(db, { email: to, ip });
  const { id } = await enqueueEmail(db, { to, template: "sign-in", subject: "Sign in to Roster", html, text });
  try {
    await deliverOutboxEmail(db, id);
  } catch (error) {
    // The message is stored; deliverDueEmails retries it. Never log the link (it signs in).
    console.error(`[email] sign-in email ${id} could not be delivered now:`, error instanceof Error ? error.message : error);
  }
}
