"use client";
// One audit event in full: who, what changed, to whom, when, from where (address, browser, channel)
// and its place in the tamper-evident chain, with shortcuts to narrow the log to its actor or target.
import Link from "next/link";
import type { ReactNode } from "react";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ActivityRow } from "@/lib/activity/activity-page-data";
import { formatDateTime } from "@/lib/format-time";
import { ActorTypeBadge, ChannelBadge } from "./channel-badge";
import { EventSummary } from "./event-summary";
import { UndoEventButton } from "@/components/bulk/undo-event-button";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1.5">
      <dt className="text-slate-600">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function EventDialog({
  slug,
  event,
  onClose,
  filterHref,
}: {
  slug: string;
  event: ActivityRow | null;
  onClose: () => void;
  filterHref: (patch: { actor?: string[]; member?: string[] }) => string;
}) {
  return (
    <Dialog open={event !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      {event ? (
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>{event.label}</DialogTitle>
            <DialogDescription>{formatDateTime(event.createdAt)}</DialogDescription>
          </DialogHeader>
          <DialogBody className="text-sm">
            <EventSummary label="What changed" changes={event.changes} details={event.details} />
            {event.undoOperationId ? <UndoEventButton slug={slug} operationId={event.undoOperationId} createdAt={event.createdAt} onDone={onClose} /> : null}
            <dl className="mt-4 divide-y divide-slate-100 border-t border-slate-100">
              <Row term="Actor">
                <span className="inline-flex flex-wrap items-center gap-1.5">
                  {event.actor.memberId ? <Link href={`/orgs/${slug}/members/${event.actor.memberId}`} className="font-medium text-indigo-700 hover:underline">{event.actor.name}</Link> : event.actor.name}
                  <ActorTypeBadge type={event.actor.type} />
                </span>
                {event.actor.email ? <span className="block text-slate-600">{event.actor.email}</span> : null}
                {event.actor.userId ? (
                  <Link href={filterHref({ actor: [event.actor.userId] })} className="text-indigo-700 hover:underline" onClick={onClose}>
                    Everything by {event.actor.name}
                  </Link>
                ) : null}
              </Row>
              {event.target ? (
                <Row term="Target">
                  {event.target.memberId ? <Link href={`/orgs/${slug}/members/${event.target.memberId}`} className="font-medium text-indigo-700 hover:underline">{event.target.name ?? event.target.email}</Link> : (event.target.name ?? event.target.email ?? "—")}
                  {event.target.email && event.target.name ? <span className="block text-slate-600">{event.target.email}</span> : null}
                  {event.target.id ? (
                    <Link href={filterHref({ member: [event.target.id] })} className="text-indigo-700 hover:underline" onClick={onClose}>
                      Everything about {event.target.name ?? "them"}
                    </Link>
                  ) : null}
                </Row>
              ) : null}
              <Row term="Channel"><ChannelBadge channel={event.channel} /></Row>
              <Row term="IP address">{event.ip ?? "Unknown"}</Row>
              <Row term="Browser">{event.userAgent ? <><span>{event.device}</span><span className="block text-xs text-slate-600">{event.userAgent}</span></> : "Unknown"}</Row>
              <Row term="Position">#{event.seq.toLocaleString("en-US")} in this organization&apos;s log</Row>
              <Row term="Event id"><code className="text-xs">{event.id}</code></Row>
            </dl>
          </DialogBody>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
