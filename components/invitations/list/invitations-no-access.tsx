// What the Invitations view shows a member who may not invite people: a plain notice, not controls.
import { Lock } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function InvitationsNoAccess({ membersHref }: { membersHref: string }) {
  return (
    <Card className="p-6 sm:p-8">
      <div className="flex flex-col items-start gap-4 sm:flex-row">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
          <Lock className="size-5" />
        </span>
        <div className="min-w-0 space-y-2">
          <h2 className="text-base font-semibold text-slate-900">You don&apos;t have access to invitations</h2>
          <p className="text-sm text-slate-600">
            Only members who can invite people (Owners, Admins, Managers, and anyone granted “Invite / create members”) can see and
            manage invitations. Ask one of them if someone needs an invitation.
          </p>
          <Link href={membersHref} className={buttonClasses("secondary", "sm", "mt-2")}>
            Back to members
          </Link>
        </div>
      </div>
    </Card>
  );
}
