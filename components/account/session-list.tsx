"use client";
// The signed-in person's sessions: device, address, sign-in and last use, "This device" on the one
// in hand; "Sign out" on each other one and "Sign out of all other sessions" for the lot.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Monitor, Smartphone, Tablet, type LucideIcon } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { UserSession } from "@/db/queries/sessions";
import { signOutOtherSessionsAction, signOutSessionAction } from "@/lib/actions/account/server-actions";
import { formatDateTime, formatMoment, formatRelative } from "@/lib/format-time";
import { describeDevice, type DeviceKind } from "@/lib/sessions/describe-device";


const KIND_ICONS: Record<DeviceKind, LucideIcon> = { desktop: Monitor, mobile: Smartphone, tablet: Tablet };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function SessionList({ sessions, now }: { sessions: UserSession[]; now: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const others = sessions.filter((s) => !s.current).length;

  return (
    <Card>
      <section aria-labelledby="sessions-heading">
        <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
          <h2 id="sessions-heading" className="text-base font-semibold text-slate-900">
            Sessions
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Where you are signed in to Roster. If you don&apos;t recognise a device, sign it out — it will have to sign in again by email.
          </p>
        </div>
        <ul aria-label="Your sessions" className="divide-y divide-slate-100">
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} now={now} onEnded={() => router.refresh()} />
          ))}
        </ul>
        <div className="flex flex-col gap-3 rounded-b-xl border-t border-slate-200 bg-slate-50/60 px-5 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p className="text-sm text-slate-600">
            {others === 0 ? "This is the only device signed in to your account." : `${plural(others, "other session")} besides this device.`}
          </p>
          {others > 0 ? (
            <Button variant="secondary" className="text-red-700 hover:text-red-800" onClick={() => setConfirming(true)}>
              Sign out of all other sessions
            </Button>
          ) : null}
        </div>
      </section>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Sign out of all other sessions?"
        description={`${plural(others, "other session")} will be signed out and must sign in again by email. You stay signed in on this device.`}
        confirmLabel="Sign out other sessions"
        onConfirm={async () => {
          const result = await signOutOtherSessionsAction();
          if (!result.ok) return result.error;
          toast.success(result.data.count === 1 ? "Signed out of 1 other session." : `Signed out of ${result.data.count} other sessions.`);
          router.refresh();
          return null;
        }}
      />
    </Card>
  );
}

function SessionRow({ session, now, onEnded }: { session: UserSession; now: number; onEnded: () => void }) {
  const [busy, setBusy] = useState(false);
  const device = describeDevice(session.userAgent);
  const Icon = KIND_ICONS[device.kind];

  async function signOut() {
    setBusy(true);
    try {
      const result = await signOutSessionAction({ sessionId: session.id });
      if (result.ok) toast.success(`Signed out of ${device.label}.`);
      else toast.error(result.error);
      onEnded();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="grid grid-cols-[2.5rem_minmax(0,1fr)] items-start gap-x-4 gap-y-3 px-5 py-4 sm:grid-cols-[2.5rem_minmax(0,1fr)_auto] sm:items-center sm:px-6">
      <span
        className={session.current ? "grid size-10 shrink-0 place-items-center rounded-lg bg-indigo-50 text-indigo-600" : "grid size-10 shrink-0 place-items-center rounded-lg bg-slate-100 text-slate-500"}
        aria-hidden="true"
      >
        <Icon className="size-5" />
      </span>
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
          <span title={session.userAgent ?? undefined}>{device.label}</span>
          {session.current ? <Badge tone="green">This device</Badge> : null}
        </p>
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-slate-600">
          <div className="flex gap-1 whitespace-nowrap">
            <dt className="text-slate-500">IP</dt>
            <dd className="tabular-nums">{session.ip ?? "unknown"}</dd>
          </div>
          <div className="flex gap-1 whitespace-nowrap">
            <dt className="text-slate-500">Signed in</dt>
            <dd>
              <time dateTime={session.createdAt.toISOString()} title={formatDateTime(session.createdAt)}>
                {formatMoment(session.createdAt, now)}
              </time>
            </dd>
          </div>
          <div className="flex gap-1 whitespace-nowrap">
            <dt className="text-slate-500">Last active</dt>
            <dd>
              {session.current ? (
                "now"
              ) : session.lastSeenAt ? (
                <time dateTime={session.lastSeenAt.toISOString()} title={formatDateTime(session.lastSeenAt)}>
                  {formatRelative(session.lastSeenAt, now)}
                </time>
              ) : (
                "not recorded"
              )}
            </dd>
          </div>
        </dl>
      </div>
      {session.current ? null : (
        <Button variant="secondary" size="sm" className="col-start-2 justify-self-start sm:col-start-auto sm:justify-self-end" disabled={busy} onClick={() => void signOut()} aria-label={`Sign out ${device.label}`}>
          {busy ? "Signing out…" : "Sign out"}
        </Button>
      )}
    </li>
  );
}
