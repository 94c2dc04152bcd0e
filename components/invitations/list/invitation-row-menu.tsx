"use client";
// The ⋯ menu of an invitation row: Resend, Change role and teams, Cancel — each disabled with the
// reason when it doesn't apply (the same rules the server applies), and "Invite again" for
// invitations that are over.
import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { InvitationListRow } from "@/db/queries/invitations";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { CANCELLABLE, INVITATION_STATUS_LABELS, RESENDABLE } from "./invitation-display";
import { useInvitationActions } from "./invitation-actions";

const triggerClasses =
  "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 data-[state=open]:bg-slate-100";

export function InvitationRowMenu({ invitation }: { invitation: InvitationListRow }) {
  const { slug, viewer, open } = useInvitationActions();
  const rank = whyCannotInviteAs(viewer, invitation.role);
  const status = INVITATION_STATUS_LABELS[invitation.status].toLowerCase();
  const over = invitation.status === "declined" || invitation.status === "cancelled";
  const reason = (allowed: readonly string[]) => rank ?? (allowed.includes(invitation.status) ? null : `This invitation is ${status}.`);

  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={triggerClasses} aria-label={`Actions for ${invitation.email}`}>
        <MoreHorizontal className="size-4" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <ReasonedItem reason={reason(RESENDABLE)} onSelect={() => open("resend", invitation)}>
          Resend invitation
        </ReasonedItem>
        <ReasonedItem reason={reason(["pending"])} onSelect={() => open("edit", invitation)}>
          Change role and teams
        </ReasonedItem>
        {over ? (
          <DropdownMenuItem asChild>
            <Link href={`/orgs/${slug}/members?create=1`}>Invite again…</Link>
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <ReasonedItem reason={reason(CANCELLABLE)} onSelect={() => open("cancel", invitation)} tone="danger">
          Cancel invitation
        </ReasonedItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function ReasonedItem({ reason, onSelect, tone, children }: { reason: string | null; onSelect: () => void; tone?: "danger"; children: ReactNode }) {
  return (
    <DropdownMenuItem
      disabled={Boolean(reason)}
      onSelect={onSelect}
      tone={tone}
      className={cn("flex-col items-start gap-0.5", reason && "text-slate-400 data-[disabled]:opacity-100")}
    >
      <span>{children}</span>
      {reason ? <span className="text-xs font-normal text-slate-500">{reason}</span> : null}
    </DropdownMenuItem>
  );
}
