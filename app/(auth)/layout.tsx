// Frame of the sign-in pages: the brand above a centred card.
import Link from "next/link";
import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-50 px-4 py-12">
      <Link href="/" className="mb-8 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600">
        <Brand />
      </Link>
      <main className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">{children}</main>
      <p className="mt-8 text-center text-xs text-slate-500">Roster · members, roles and teams for your organization</p>
    </div>
  );
}
