"use client";
// The bell in the organization shell: the unread count, and on click the newest notifications with
// Mark read / Mark all read, and Accept / Decline on a team invitation. Refreshed on every
// navigation, when opened, and every minute (a GET the server authorizes per member).
import { Check, CheckCheck, Settings } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { NotificationItem } from "@/db/queries/notifications";
import { markNotificationsReadAction } from "@/lib/actions/notifications/server-actions";
import type { ActionResult } from "@/lib/errors";
import { respondToTeamInvitationAction } from "@/lib/actions/teams/server-actions";
import { formatRelative } from "@/lib/format-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Bell } from "@/components/ui/glyph";

export interface BellState {
  items: NotificationItem[];
  unread: number;
  /** When the list was read (times are shown relative to it). */
  now: number;
}

const REFRESH_MS = 60_000;

type ListAnswer = ActionResult<{ items: (Omit<NotificationItem, "createdAt" | "readAt"> & { createdAt: string; readAt: string | null })[]; unread: number }>;

/** The list from app/api/orgs/[slug]/notifications (a GET, not a server action: see the route); null when it failed. */
async function fetchNotifications(slug: string): Promise<Omit<BellState, "now"> | null> {
  try {
    const response = await fetch(`/api/orgs/${encodeURIComponent(slug)}/notifications`, { cache: "no-store", headers: { accept: "application/json" } });
    const answer = (await response.json()) as ListAnswer;
    if (!answer.ok) return null;
    const items = answer.data.items.map((item) => ({ ...item, createdAt: new Date(item.createdAt), readAt: item.readAt === null ? null : new Date(item.readAt) }));
    return { items, unread: answer.data.unread };
  } catch {
    // Offline, or the session ended: the bell keeps what it shows until the next refresh.
    return null;
  }
}

export function NotificationBell({ slug, initial }: { slug: string; initial: BellState }) {
  const [state, setState] = useState(initial);
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const pathname = usePathname();
  const router = useRouter();
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const list = await fetchNotifications(slug);
    // Only the newest answer counts (a slow one must not overwrite a fresher list).
    if (list && ticket === latest.current) setState({ ...list, now: Date.now() });
  }, [slug]);

  // The server rendered the bell with this page: ask again only once the path changes (the shell
  // stays mounted across navigations), not on arrival, which would double every page view's work.
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    void refresh();
  }, [pathname, refresh]);
  useEffect(() => {
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const onFocus = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onFocus);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onFocus);
    };
  }, [refresh]);

  const markRead = (id?: string) =>
    startTransition(async () => {
      const result = await markNotificationsReadAction(slug, id ? { id } : {});
      if (!result.ok) toast.error(result.error);
      await refresh();
    });

  const respond = (item: NotificationItem, response: "accept" | "decline") =>
    startTransition(async () => {
      const invitationId = String(item.data.teamInvitationId ?? "");
      const result = await respondToTeamInvitationAction(slug, { invitationId, response });
      if (result.ok) {
        toast.success(response === "accept" ? `You joined ${String(item.data.teamName ?? "the team")}.` : "Invitation declined.");
        await markNotificationsReadAction(slug, { id: item.id });
        router.refresh();
      } else {
        toast.error(result.error);
      }
      await refresh();
    });

  const label = state.unread > 0 ? `Notifications, ${state.unread} unread` : "Notifications";
  const now = state.now;

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void refresh();
      }}
    >
      <PopoverTrigger
        // .shell-icon-button: app/globals.css.
        className="shell-icon-button"
        aria-label={label}
      >
        <Bell className="size-5" />
        {state.unread > 0 ? (
          <span
            className="absolute -top-0.5 -right-0.5 grid h-4.5 min-w-4.5 place-items-center rounded-full bg-red-600 px-1 text-[11px] leading-none font-semibold text-white"
            aria-hidden="true"
            data-testid="bell-count"
          >
            {state.unread > 99 ? "99+" : state.unread}
          </span>
        ) : null}
      </PopoverTrigger>
      <PopoverContent aria-label="Notifications" className="p-0">
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          <h2 className="text-sm font-semibold text-slate-900">
            Notifications{state.unread > 0 ? <span className="ml-1.5 font-normal text-slate-600">({state.unread} unread)</span> : null}
          </h2>
          <Button variant="ghost" size="sm" onClick={() => markRead()} disabled={pending || state.unread === 0}>
            <CheckCheck className="size-4" aria-hidden="true" />
            Mark all read
          </Button>
        </div>
        {state.items.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-600">You&apos;re all caught up. Nothing new here.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Newest notifications">
            {state.items.map((item) => {
              const unread = item.readAt === null;
              const invitation = item.category === "team_invitation" && typeof item.data.teamInvitationId === "string" && !item.data.response;
              return (
                <li key={item.id} className={cn("px-4 py-3", unread && "bg-indigo-50/60")}>
                  <div className="flex items-start gap-2">
                    <span className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-indigo-600" : "bg-transparent")} aria-hidden="true" />
                    <div className="min-w-0 flex-1">
                      <p className="text-sm font-medium break-words text-slate-900">
                        {unread ? <span className="sr-only">Unread: </span> : null}
                        {item.link ? (
                          <Link href={item.link} className="hover:underline" onClick={() => {
                              if (unread) markRead(item.id);
                              setOpen(false);
                            }}>
                            {item.title}
                          </Link>
                        ) : (
                          item.title
                        )}
                      </p>
                      {item.body ? <p className="mt-0.5 text-sm break-words text-slate-600">{item.body}</p> : null}
                      <p className="mt-1 text-xs text-slate-600">
                        <time dateTime={new Date(item.createdAt).toISOString()}>{formatRelative(new Date(item.createdAt), now, { capitalized: true })}</time>
                      </p>
                      {invitation && unread ? (
                        <div className="mt-2 flex gap-2">
                          <Button size="sm" onClick={() => respond(item, "accept")} disabled={pending}>
                            Accept
                          </Button>
                          <Button size="sm" variant="secondary" onClick={() => respond(item, "decline")} disabled={pending}>
                            Decline
                          </Button>
                        </div>
                      ) : null}
                    </div>
                    {unread ? (
                      <Button variant="ghost" size="sm" className="h-7 shrink-0 px-2" onClick={() => markRead(item.id)} disabled={pending} aria-label={`Mark read: ${item.title}`}>
                        <Check className="size-4" aria-hidden="true" />
                      </Button>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <div className="border-t border-slate-200 px-4 py-2.5">
          <Link
            href={`/account/notifications?org=${encodeURIComponent(slug)}`}
            className="inline-flex items-center gap-1.5 text-sm font-medium text-indigo-700 hover:underline"
            onClick={() => setOpen(false)}
          >
            <Settings className="size-4" aria-hidden="true" />
            Notification settings
          </Link>
        </div>
      </PopoverContent>
    </Popover>
  );
}
