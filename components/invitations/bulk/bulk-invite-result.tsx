"use client";
// What Send Invitations did with each address: invited, already a member, already invited,
// invalid, or over the seat limit (with how to free or add seats).
import { Ban, CircleAlert, CircleCheck, MailCheck, UserCheck, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { BulkInviteSummary } from "@/lib/actions/invitations/bulk-invite";

const GROUPS: { key: Exclude<keyof BulkInviteSummary, "seatMessage">; label: string; icon: LucideIcon; tone: string }[] = [
  { key: "invited", label: "Invited", icon: CircleCheck, tone: "text-green-600" },
  { key: "alreadyMembers", label: "Already members", icon: UserCheck, tone: "text-slate-500" },
  { key: "alreadyInvited", label: "Already invited", icon: MailCheck, tone: "text-slate-500" },
  { key: "invalid", label: "Invalid addresses", icon: CircleAlert, tone: "text-red-600" },
  { key: "overSeatLimit", label: "Over the seat limit", icon: Ban, tone: "text-orange-600" },
];

export function BulkInviteResult({ summary, onAgain, onClose }: { summary: BulkInviteSummary; onAgain: () => void; onClose: () => void }) {
  const sent = summary.invited.length;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Invite Members</DialogTitle>
        <DialogDescription>{sent === 0 ? "No invitations were sent." : sent === 1 ? "1 invitation sent." : `${sent} invitations sent.`}</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-3">
        <ul aria-label="Invitation results" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {GROUPS.map(({ key, label, icon: Icon, tone }) => {
            const emails = summary[key];
            return (
              <li key={key} className="px-4 py-3">
                <details open={emails.length > 0 && emails.length <= 10 && key !== "invited"}>
                  <summary className="flex cursor-pointer list-none items-center gap-3 text-sm [&::-webkit-details-marker]:hidden">
                    <Icon className={`size-4 shrink-0 ${tone}`} aria-hidden="true" />
                    <span className="flex-1 font-medium text-slate-800">{label}</span>
                    <span className="tabular-nums text-slate-700" data-testid={`count-${key}`}>
                      {emails.length}
                    </span>
                  </summary>
                  {emails.length > 0 ? (
                    <ul className="mt-2 ml-7 max-h-40 space-y-0.5 overflow-y-auto text-sm break-all text-slate-600">
                      {emails.map((email) => (
                        <li key={email}>{email}</li>
                      ))}
                    </ul>
                  ) : null}
                </details>
              </li>
            );
          })}
        </ul>
        {summary.seatMessage ? (
          <p role="status" className="rounded-md border border-orange-200 bg-orange-50 px-3 py-2 text-sm text-orange-800">
            {summary.seatMessage}
          </p>
        ) : null}
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onAgain}>
          Invite more
        </Button>
        <Button onClick={onClose}>Done</Button>
      </DialogFooter>
    </div>
  );
}
