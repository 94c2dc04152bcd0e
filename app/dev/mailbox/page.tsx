// Development mailbox: every email Roster stored, newest first, with clickable links, so sign-in
// and invitation links work without a mail provider. 404 in production unless enabled.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Inbox, RefreshCw } from "lucide-react";
import { Brand } from "@/components/shell/brand";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { appUrl, devMailboxEnabled } from "@/lib/env";
import { loadMailbox } from "@/lib/email/mailbox";
import { MailboxMessageCard } from "./mailbox-message";

export const metadata: Metadata = { title: "Dev mailbox" };

export default async function DevMailboxPage({ searchParams }: PageProps<"/dev/mailbox">) {
  // Request time first, so a build never bakes the flag's value into a prerendered page.
  await connection();
  if (!devMailboxEnabled()) notFound();
  const params = await searchParams;
  const to = typeof params.to === "string" && params.to.trim() ? params.to.trim().slice(0, 320) : undefined;
  const messages = await loadMailbox({ to, limit: 100 });
  const refreshHref = to ? `/dev/mailbox?to=${encodeURIComponent(to)}` : "/dev/mailbox";

  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600">
            <Brand />
          </Link>
          <span className="rounded-full bg-amber-100 px-2.5 py-1 text-xs font-medium text-amber-800">Development only</span>
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold text-slate-900">Dev mailbox</h1>
            <p className="mt-1 max-w-2xl text-sm text-slate-600">
              Emails Roster stored in its outbox. Without a Resend API key nothing is sent: messages stay
              &ldquo;queued&rdquo; here, and their links work in this browser.
            </p>
          </div>
          <Link href={refreshHref} className={buttonClasses("secondary", "sm")}>
            <RefreshCw className="size-4" aria-hidden="true" />
            Refresh
          </Link>
        </div>

        <form method="get" className="mt-6 flex flex-col gap-2 sm:flex-row" role="search">
          <label htmlFor="to" className="sr-only">
            Recipient
          </label>
          <Input id="to" name="to" type="search" defaultValue={to} placeholder="Filter by recipient, e.g. ada@example.com" className="sm:max-w-sm" />
          <div className="flex gap-2">
            <button type="submit" className={buttonClasses("primary", "md")}>
              Filter
            </button>
            {to ? (
              <Link href="/dev/mailbox" className={buttonClasses("ghost", "md")}>
                Show all
              </Link>
            ) : null}
          </div>
        </form>

        {messages.length === 0 ? (
          <div className="mt-8 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <Inbox className="mx-auto size-8 text-slate-400" aria-hidden="true" />
            <p className="mt-3 font-medium text-slate-900">No emails{to ? ` to ${to}` : ""} yet</p>
            <p className="mt-1 text-sm text-slate-600">Sign-in links and invitations will appear here.</p>
          </div>
        ) : (
          <ol className="mt-6 space-y-4" aria-label="Messages, newest first">
            {messages.map((message) => (
              <li key={message.id}>
                <MailboxMessageCard message={message} appOrigin={appUrl()} />
              </li>
            ))}
          </ol>
        )}
      </main>
    </div>
  );
}
