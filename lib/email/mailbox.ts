// The dev mailbox's view of the outbox: recent messages with their secrets filled in (for as long
// as the outbox still holds them) and the app's own link, which "Open link" follows — never a
// link someone typed into a message.
import "server-only";
import { getDb, type Queryable } from "@/db";
import { listOutboxMessages } from "@/db/queries/email-outbox";
import { appUrl } from "@/lib/env";
import { extractLinks } from "./links";
import { fillSecret } from "./secret";

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  /** The message's link into this app (its secret link when it has one), or null. */
  appLink: string | null;
  template: string;
  status: string;
  createdAt: string;
}

/** Whether `url` points into this app (its public origin), not somewhere a message's author chose. */
export function isAppLink(url: string, origin = appUrl()): boolean {
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

export function primaryAppLink(links: readonly string[], secret: string | null, origin = appUrl()): string | null {
  const own = links.filter((link) => isAppLink(link, origin));
  return (secret ? own.find((link) => link.includes(secret)) : undefined) ?? own[0] ?? null;
}

export async function readMailbox(db: Queryable, options: { to?: string; limit?: number } = {}): Promise<MailboxMessage[]> {
  const rows = await listOutboxMessages(db, options);
  const origin = appUrl();
  return rows.map((row) => {
    const text = fillSecret(row.text, row.secret);
    const links = extractLinks(text, fillSecret(row.html, row.secret));
    return {
      id: row.id,
      to: row.to,
      subject: row.subject,
      text,
      links,
      appLink: primaryAppLink(links, row.secret, origin),
      template: row.template,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** The mailbox as the dev mailbox page and its JSON route read it, from the app's database. */
export async function loadMailbox(options: { to?: string; limit?: number } = {}): Promise<MailboxMessage[]> {
  return readMailbox(await getDb(), options);
}
