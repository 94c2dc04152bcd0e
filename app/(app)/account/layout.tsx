// A person's own account, outside any organization: the signed-in top bar, a heading and the
// sections (profile, organizations, notification preferences, sessions, API keys).
import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { AccountNav } from "@/components/account/account-nav";
import { SimpleHeader } from "@/components/shell/simple-header";
import { ACCOUNT_SECTIONS } from "@/lib/account/account-sections";
import { requireUser } from "@/lib/auth/org-context";

export const metadata: Metadata = { title: { default: "Account", template: "%s · Account · Roster" } };

export default async function AccountLayout({ children }: LayoutProps<"/account">) {
  const user = await requireUser();
  return (
    <div className="min-h-screen bg-slate-50">
      <SimpleHeader user={user} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
        <Link href="/" className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
          <ArrowLeft className="size-4" aria-hidden="true" />
          Back to Roster
        </Link>
        <header>
          <h1 className="text-2xl font-semibold text-slate-900">Account</h1>
          <p className="mt-1 truncate text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-800">{user.email}</span>
          </p>
        </header>
        <div className="mt-6 gap-8 space-y-6 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:space-y-0">
          <AccountNav sections={ACCOUNT_SECTIONS} />
          <div className="min-w-0 space-y-6">{children}</div>
        </div>
      </main>
    </div>
  );
}
