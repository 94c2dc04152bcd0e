// Writes a message to the email outbox. Pass the transaction of the change the email belongs to,
// so the change and its email commit together; deliver it after the commit.
import "server-only";
import type { Queryable } from "@/db/client";
import { emailOutbox } from "@/db/schema";

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
}

export async function enqueueEmail(db: Queryable, message: OutboxMessage): Promise<{ id: string }> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      organizationId: message.organizationId ?? null,
      invitationId: message.invitationId ?? null,
      to: message.to.trim().toLowerCase(),
      template: message.template,
      subject: message.subject,
      html: message.html,
      text: message.text,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("The email outbox insert returned no row.");
  return row;
}
