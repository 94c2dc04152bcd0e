// The part of a pending invitation's page under its summary: what this visitor can do — sign in
// as the invited address, switch from another account, or Accept / Decline.
import { CircleAlert, LogIn } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { RespondButtons } from "./respond-buttons";
import { SignInAsButton } from "./sign-in-as-button";

export type Visitor =
  | { kind: "signed-out" }
  | { kind: "wrong-account"; email: string }
  | { kind: "invitee" };

export function RespondPanel({
  visitor,
  token,
  invitedEmail,
  organizationName,
}: {
  visitor: Visitor;
  token: string;
  invitedEmail: string;
  organizationName: string;
}) {
  if (visitor.kind === "invitee") {
    return (
      <Footer>
        <p className="mb-4 text-sm text-slate-600">
          Accept to join <span className="font-medium text-slate-900">{organizationName}</span> with this role and these
          teams.
        </p>
        <RespondButtons token={token} organizationName={organizationName} />
      </Footer>
    );
  }

  if (visitor.kind === "wrong-account") {
    return (
      <Footer>
        <div role="alert" className="flex gap-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          <CircleAlert className="mt-0.5 size-5 shrink-0 text-amber-600" aria-hidden="true" />
          <div className="min-w-0">
            <p className="font-medium">This invitation is for a different email address</p>
            <p className="mt-1 break-words">
              It was sent to <strong className="font-semibold">{invitedEmail}</strong>, but you&apos;re signed in as{" "}
              <strong className="font-semibold">{visitor.email}</strong>. Only the invited address can accept or decline
              it; nothing has been changed.
            </p>
          </div>
        </div>
        <div className="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Link href="/" className={buttonClasses("secondary", "lg")}>
            Go to Roster
          </Link>
          <SignInAsButton token={token} email={invitedEmail} />
        </div>
      </Footer>
    );
  }

  const signIn = `/sign-in?${new URLSearchParams({ email: invitedEmail, callbackUrl: `/invite/${token}` })}`;
  return (
    <Footer>
      <p className="text-sm text-slate-600">
        To accept or decline, sign in as <span className="font-medium break-all text-slate-900">{invitedEmail}</span>.
        New to Roster? We&apos;ll email you a sign-in link — no password, and your account is created when you open it.
      </p>
      <Link href={signIn} className={buttonClasses("primary", "lg", "mt-4 h-auto min-h-11 w-full py-2 text-center whitespace-normal")}>
        <LogIn className="size-4 shrink-0" aria-hidden="true" />
        <span className="wrap-anywhere">Sign in as {invitedEmail}</span>
      </Link>
    </Footer>
  );
}

function Footer({ children }: { children: ReactNode }) {
  return <div className="rounded-b-xl border-t border-slate-200 bg-slate-50/70 px-6 py-5 sm:px-8">{children}</div>;
}
