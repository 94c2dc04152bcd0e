"use client";
// The items of an invitation row's menu (the table's one menu opens them for the pressed row):
// Resend (Send again for a declined one), Change role and teams, Cancel, Remove — each disabled with
// the reason when it doesn't apply (the same rules the server applies) — and "Invite again" for a
// cancelled invitation. Items that open a dialog do so once the menu has closed, so the dialog
// hands focus back to the row's button.
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { InvitationListRow } from "@/db/queries/invitations";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { CANCELLABLE, INVITATION_STATUS_LABELS, RESENDABLE, whyNotRemovable } from "./invitation-display";
import { useInvitationActions } from "./invitation-actions";

export function InvitationMenuItems({ invitation, afterClose }: { invitation: InvitationListRow; afterClose: (fn: () => void) => void }) {
  const { slug, viewer, open } = useInvitationActions();
  const rank = whyCannotInviteAs(viewer, invitation.role);
  const status = INVITATION_STATUS_LABELS[invitation.status].toLowerCase();
  const declined = invitation.status === "declined";
  const reason = (allowed: readonly string[]) => rank ?? (allowed.includes(invitation.status) ? null : `This invitation is ${status}.`);
  const later = (kind: "resend" | "again" | "edit" | "cancel" | "remove") => () => afterClose(() => open(kind, invitation));

  return (
    <>
      {declined ? (
        <ReasonedItem reason={rank} onSelect={later("again")}>
          Send again
        </ReasonedItem>
      ) : (
        <ReasonedItem reason={reason(RESENDABLE)} onSelect={later("resend")}>
          Resend invitation
        </ReasonedItem>
      )}
      <ReasonedItem reason={reason(["pending"])} onSelect={later("edit")}>
        Change role and teams
      </ReasonedItem>
      {invitation.status === "cancelled" ? (
        <DropdownMenuItem asChild>
          <Link href={`/orgs/${slug}/members?create=1`}>Invite again…</Link>
        </DropdownMenuItem>
      ) : null}
      <DropdownMenuSeparator />
      <ReasonedItem reason={reason(CANCELLABLE)} onSelect={later("cancel")} tone="danger">
        Cancel invitation
      </ReasonedItem>
      <ReasonedItem reason={rank ?? whyNotRemovable(invitation.status)} onSelect={later("remove")} tone="danger">
        Remove from list
      </ReasonedItem>
    </>
  );
}

function ReasonedItem({ reason, onSelect, tone, children }: { reason: string | null; onSelect: () => void; tone?: "danger"; children: ReactNode }) {
  return (
    <DropdownMenuItem
      disabled={Boolean(reason)}
      onSelect={onSelect}
      tone={tone}
      className={cn("flex-col items-start gap-0.5", reason && "text-slate-600 data-[disabled]:opacity-100")}
    >
      <span>{children}</span>
      {reason ? <span className="text-xs font-normal text-slate-600">{reason}</span> : null}
    </DropdownMenuItem>
  );
}
