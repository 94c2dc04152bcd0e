"use client";
// The view modal's Sessions section: for those who may end this member's sessions, how many they
// have and when one was last used, and "End all sessions" (signs the person out everywhere).
// Looking at yourself, it points to your account instead.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { MemberDetail } from "@/db/queries/members";
import type { MemberSessionSummary } from "@/db/queries/sessions";
import { endMemberSessionsAction } from "@/lib/actions/members/server-actions";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { whyCannotEndSessions } from "@/lib/members/rules";
import { useMemberActions } from "./member-actions-provider";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function MemberSessions({ member, summary, now }: { member: MemberDetail; summary: MemberSessionSummary | null | undefined; now: number }) {
  const { slug, viewer } = useMemberActions();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);

  if (viewer.id === member.id) {
    return (
      <SessionsSection>
        <p className="text-sm text-slate-600">
          Your own sessions are in your account:{" "}
          <Link href="/account/sessions" className="font-medium text-indigo-700 hover:text-indigo-800">
            see and end your sessions
          </Link>
          .
        </p>
      </SessionsSection>
    );
  }
  if (!summary?.hasAccount || whyCannotEndSessions(viewer, member)) return null;

  return (
    <SessionsSection>
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 px-3 py-2.5">
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-900">{summary.count === 0 ? "Not signed in anywhere" : plural(summary.count, "active session")}</p>
          <p className="text-xs text-slate-500">
            {summary.lastSeenAt ? (
              <>
                Last seen{" "}
                <time dateTime={summary.lastSeenAt.toISOString()} title={formatDateTime(summary.lastSeenAt)}>
                  {formatRelative(summary.lastSeenAt, now)}
                </time>
              </>
            ) : (
              "No recorded sign-in"
            )}
          </p>
        </div>
        {summary.count > 0 ? (
          <Button variant="secondary" size="sm" className="text-red-700 hover:text-red-800" onClick={() => setConfirming(true)}>
            End all sessions
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`End all of ${member.name}’s sessions?`}
        description={
          <>
            {member.name} ({member.email}) will be signed out on every device and has to sign in again by email. Sessions belong to the
            person, not to this organization, so this also signs them out of any other organization they use Roster for. Their membership
            and role here stay as they are.
          </>
        }
        confirmLabel="End all sessions"
        onConfirm={async () => {
          const result = await endMemberSessionsAction(slug, { memberId: member.id });
          if (!result.ok) return result.error;
          toast.success(`${member.name} has been signed out everywhere (${plural(result.data.count, "session")} ended).`);
          router.refresh();
          return null;
        }}
      />
    </SessionsSection>
  );
}

function SessionsSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="member-section-sessions">
      <h3 id="member-section-sessions" className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Sessions
      </h3>
      {children}
    </section>
  );
}
