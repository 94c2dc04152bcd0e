// The dev mailbox's view of the outbox: recent messages with the links found in them.
import "server-only";
import type { Queryable } from "@/db/client";
import { listOutboxMessages } from "@/db/queries/email-outbox";
import { extractLinks } from "./links";

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  template: string;
  status: string;
  createdAt: string;
}

export async function readMailbox(db: Queryable, options: { to?: string; limit?: number } = {}): Promise<MailboxMessage[]> {
  const rows = await listOutboxMessages(db, options);
  return rows.map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    links: extractLinks(row.text, row.html),
    template: row.template,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  }));
}
