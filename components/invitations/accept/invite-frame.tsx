// Frame of the invitation page: the brand above one centred card, for visitors signed in or not.
import Link from "next/link";
import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";

export function InviteFrame({ children, signedInAs }: { children: ReactNode; signedInAs?: string | null }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:justify-center sm:py-12">
      <Link href="/" className="mb-8 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600">
        <Brand />
      </Link>
      <main className="w-full max-w-lg rounded-xl border border-slate-200 bg-white shadow-sm">{children}</main>
      <p className="mt-6 text-center text-xs text-slate-500">
        {signedInAs ? (
          <>
            Signed in as <span className="font-medium text-slate-700">{signedInAs}</span>
          </>
        ) : (
          "Roster · members, roles and teams for your organization"
        )}
      </p>
    </div>
  );
}
