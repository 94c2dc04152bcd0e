// One message in the dev mailbox: headers, status, the text body with the app's own links clickable.
import { ExternalLink } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { splitTextByLinks } from "@/lib/email/links";
import { isAppLink, type MailboxMessage } from "@/lib/email/mailbox";
import { cn } from "@/components/ui/cn";

const STATUS_STYLES: Record<string, string> = {
  queued: "bg-slate-100 text-slate-700",
  sending: "bg-blue-100 text-blue-800",
  sent: "bg-green-100 text-green-800",
  failed: "bg-amber-100 text-amber-800",
  dead: "bg-red-100 text-red-800",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function MailboxMessageCard({ message, appOrigin }: { message: MailboxMessage; appOrigin: string }) {
  const headingId = `message-${message.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 px-5 py-3">
        <div className="min-w-0">
          <h2 id={headingId} className="font-medium text-slate-900">
            {message.subject}
          </h2>
          <p className="mt-0.5 truncate text-sm text-slate-600">
            To <span className="font-medium text-slate-800">{message.to}</span>
          </p>
        </div>
        <div className="flex items-center gap-2 text-xs text-slate-500">
          <time dateTime={message.createdAt}>{timeFormat.format(new Date(message.createdAt))} UTC</time>
          <span className={cn("rounded-full px-2 py-0.5 font-medium", STATUS_STYLES[message.status])}>{message.status}</span>
        </div>
      </header>
      <div className="px-5 py-4">
        {message.appLink ? (
          <a href={message.appLink} className={buttonClasses("primary", "sm", "mb-4")}>
            <ExternalLink className="size-4" aria-hidden="true" />
            Open link
          </a>
        ) : null}
        <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-700">
          {splitTextByLinks(message.text).map((part, index) =>
            // Only the app's own links are clickable; any other URL in a message stays text.
            part.type === "link" && isAppLink(part.value, appOrigin) ? (
              <a key={index} href={part.value} className="break-all text-indigo-600 underline hover:text-indigo-500">
                {part.value}
              </a>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
        </p>
      </div>
    </article>
  );
}
