// Auth.js's sendVerificationRequest: stores the magic-link email in the outbox, then tries to
// deliver it at once. A failed send is recorded (and retried later), not shown to the user. The
// link is rebuilt on the configured public URL — whatever host the request claimed — and its token
// is kept apart from the stored bodies.
import "server-only";
import { createElement } from "react";
import type { Queryable } from "@/db/client";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-rate-limit";
import { appUrl } from "@/lib/env";
import { deliverOutboxEmail } from "./deliver";
import { enqueueEmail } from "./outbox";
import { renderEmail } from "./render";
import { SECRET_PLACEHOLDER } from "./secret";
import { SignInLinkEmail } from "./templates/sign-in-link";

/** Auth.js's callback URL → the same path and query on our public origin, with the token split off. */
export function signInLinkTemplate(authUrl: string, publicOrigin: string): { url: string; token: string } {
  const parsed = new URL(authUrl);
  const token = parsed.searchParams.get("token");
  if (!token) throw new Error("The sign-in link has no token.");
  parsed.searchParams.set("token", SECRET_PLACEHOLDER);
  return { url: `${publicOrigin}${parsed.pathname}${parsed.search}`, token };
}

export async function sendSignInLink(
  db: Queryable,
  { to, url, expires, ip = null }: { to: string; url: string; expires: Date; ip?: string | null },
): Promise<void> {
  const expiresInMinutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const link = signInLinkTemplate(url, appUrl());
  const { html, text } = await renderEmail(createElement(SignInLinkEmail, { url: link.url, expiresInMinutes }));
  await consumeSignInAllowance(db, { email: to, ip });
  const { id } = await enqueueEmail(db, {
    to,
    template: "sign-in",
    subject: "Sign in to Roster",
    html,
    text,
    secret: { value: link.token, expiresAt: expires },
  });
  try {
    await deliverOutboxEmail(db, id);
  } catch (error) {
    // The message is stored; deliverDueEmails retries it. Never log the link (it signs in).
    console.error(`[email] sign-in email ${id} could not be delivered now:`, error instanceof Error ? error.message : error);
  }
}
