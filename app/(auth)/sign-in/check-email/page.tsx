// After requesting a sign-in link: tells the user to open it from their inbox.
import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { devMailboxEnabled } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: PageProps<"/sign-in/check-email">) {
  const params = await searchParams;
  const parsed = signInSchema.shape.email.safeParse(params.email);
  const email = parsed.success ? parsed.data : null;
  const mailboxHref = email ? `/dev/mailbox?to=${encodeURIComponent(email)}` : "/dev/mailbox";

  return (
    <div className="text-center">
      <span className="mx-auto grid size-12 place-items-center rounded-full bg-indigo-50 text-indigo-600" aria-hidden="true">
        <MailCheck className="size-6" />
      </span>
      <h1 className="mt-4 text-xl font-semibold text-slate-900">Check your email</h1>
      <p className="mt-2 text-sm text-slate-600">
        We sent a sign-in link to {email ? <strong className="font-medium text-slate-900">{email}</strong> : "your email address"}.
        Open it on this device to continue. The link expires in 15 minutes and works once.
      </p>
      {devMailboxEnabled() ? (
        <div className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-left text-sm text-amber-900">
          <p className="font-medium">Development mode</p>
          <p className="mt-1">Without a Resend API key, emails are not sent; they are kept in the development mailbox.</p>
          <Link href={mailboxHref} className={buttonClasses("secondary", "sm", "mt-3")}>
            Open the dev mailbox
          </Link>
        </div>
      ) : null}
      <p className="mt-6 text-sm text-slate-600">
        Wrong address or no email after a few minutes?{" "}
        <Link href="/sign-in" className="font-medium text-indigo-600 hover:text-indigo-500">
          Try again
        </Link>
      </p>
    </div>
  );
}
