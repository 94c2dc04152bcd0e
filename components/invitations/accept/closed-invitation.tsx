// Pages for invitations that can no longer be answered — unknown, expired, cancelled, declined,
// bounced, already accepted — and for an invitee who is already a member. No stack traces, and an
// unknown token says nothing about whether it ever existed.
import { ArrowRight, CircleCheck, CircleSlash, Clock, LinkIcon, MailX, Undo2 } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { InvitationView } from "@/db/queries/invitation-acceptance";
import { formatInviteDate } from "./format";
import { InviteNotice } from "./invite-notice";

const home = (
  <Link href="/" className={buttonClasses("secondary")}>
    Go to Roster
  </Link>
);

export function InvalidInvitation() {
  return (
    <InviteNotice icon={LinkIcon} title="This invitation link is invalid or no longer available" actions={home}>
      <p>Check that you opened the whole link from the invitation email.</p>
      <p>If it still doesn&apos;t work, ask the person who invited you to send a new invitation.</p>
    </InviteNotice>
  );
}

/** Asking the inviter for a new invitation is the way forward from an expired, cancelled or bounced one. */
function askForNew(view: InvitationView, ask = "Ask") {
  return view.inviterName ? (
    <>
      {ask} <strong className="font-medium text-slate-900">{view.inviterName}</strong> or another admin of{" "}
      <strong className="font-medium text-slate-900">{view.organization.name}</strong> to send you a new invitation.
    </>
  ) : (
    <>
      {ask} an admin of <strong className="font-medium text-slate-900">{view.organization.name}</strong> to send you a new
      invitation.
    </>
  );
}

export function ClosedInvitation({ view, viewerUserId }: { view: InvitationView; viewerUserId: string | null }) {
  const org = <strong className="font-medium text-slate-900">{view.organization.name}</strong>;
  switch (view.status) {
    case "expired":
      return (
        <InviteNotice icon={Clock} tone="warning" title="This invitation has expired" actions={home}>
          <p>
            The invitation to join {org} expired on {formatInviteDate(view.expiresAt)}.
          </p>
          <p>{askForNew(view)}</p>
        </InviteNotice>
      );
    case "cancelled":
      return (
        <InviteNotice icon={CircleSlash} title="This invitation was cancelled" actions={home}>
          <p>{org} withdrew this invitation, so the link no longer works.</p>
          <p>If you still expect to join, {askForNew(view, "ask")}</p>
        </InviteNotice>
      );
    case "bounced":
      return (
        <InviteNotice icon={MailX} title="This invitation is no longer valid" actions={home}>
          <p>The invitation to join {org} could not be delivered and was withdrawn.</p>
          <p>{askForNew(view)}</p>
        </InviteNotice>
      );
    case "declined":
      return (
        <InviteNotice icon={Undo2} title="This invitation was declined" actions={home}>
          <p>The invitation to join {org} was declined, so the link no longer works.</p>
          <p>Changed your mind? {askForNew(view)}</p>
        </InviteNotice>
      );
    case "accepted":
      return viewerUserId && view.memberUserId === viewerUserId ? (
        <AlreadyMember view={view} title="You've already accepted this invitation" />
      ) : (
        <InviteNotice icon={CircleCheck} title="This invitation has already been accepted" actions={home}>
          <p>An invitation link works only once. If it was yours, sign in with the invited address to reach {org}.</p>
        </InviteNotice>
      );
    default:
      return <InvalidInvitation />;
  }
}

export function AlreadyMember({ view, title, disabled = false }: { view: InvitationView; title?: string; disabled?: boolean }) {
  const org = <strong className="font-medium text-slate-900">{view.organization.name}</strong>;
  if (disabled) {
    return (
      <InviteNotice icon={CircleSlash} tone="warning" title={`You're already in ${view.organization.name}`} actions={home}>
        <p>Your membership of {org} is disabled. Ask an admin of the organization to re-enable it.</p>
      </InviteNotice>
    );
  }
  return (
    <InviteNotice
      icon={CircleCheck}
      tone="success"
      title={title ?? `You're already a member of ${view.organization.name}`}
      actions={
        <Link href={`/orgs/${view.organization.slug}/members`} className={buttonClasses("primary")}>
          Go to {view.organization.name}
          <ArrowRight className="size-4" aria-hidden="true" />
        </Link>
      }
    >
      <p>You&apos;re a member of {org}; there&apos;s nothing left to do here.</p>
    </InviteNotice>
  );
}

