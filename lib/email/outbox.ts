// Writes a message to the email outbox. Pass the transaction of the change the email belongs to,
// so the change and its email commit together; deliver it after the commit. A message carrying a
// secret (link or code) stores it apart from the bodies (see ./secret.ts).
import "server-only";
import type { Queryable } from "@/db/client";
import { insertOutboxEmail, insertOutboxEmails, type NewOutboxEmail } from "@/db/queries/email-outbox";
import { assertSecretKeptApart, type OutboxSecret } from "./secret";

/** A message that is never sent within this long of being written is never sent (see the outbox queries). */
const SEND_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface OutboxMessage {
  organizationId?: string | null;
  /** The invitation the message carries, if any (its delivery state is shown with it). */
  invitationId?: string | null;
  to: string;
  /** Template name, e.g. "sign-in" or "invitation". */
  template: string;
  subject: string;
  html: string;
  text: string;
  /** The link token or code the bodies' SECRET_PLACEHOLDER stands for. */
  secret?: OutboxSecret;
}

export async function enqueueEmail(db: Queryable, message: OutboxMessage): Promise<{ id: string }> {
  return insertOutboxEmail(db, outboxRow(message));
}

/** Many messages at once (in multi-row inserts); ids in the order given. */
export async function enqueueEmails(db: Queryable, messages: readonly OutboxMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  return insertOutboxEmails(db, messages.map(outboxRow));
}

function outboxRow(message: OutboxMessage): NewOutboxEmail {
  if (message.secret) assertSecretKeptApart(message, message.secret);
  const secretExpiresAt = message.secret
    ? new Date(Math.min(message.secret.expiresAt.getTime(), Date.now() + SEND_WINDOW_MS))
    : null;
  return {
    organizationId: message.organizationId ?? null,
    invitationId: message.invitationId ?? null,
    to: message.to.trim().toLowerCase(),
    template: message.template,
    subject: message.subject,
    html: message.html,
    text: message.text,
    secret: message.secret?.value ?? null,
    secretExpiresAt,
  };
}
