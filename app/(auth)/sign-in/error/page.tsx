// Where Auth.js sends sign-in failures: an expired or used link, or a server problem.
import type { Metadata } from "next";
import Link from "next/link";
import { CircleAlert } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    body: "It has expired or has already been used. Sign-in links work once and expire after 15 minutes. Sign in again to get a new one.",
  },
  AccessDenied: {
    title: "Access denied",
    body: "This address is not allowed to sign in. If you think that's a mistake, ask your organization's admin.",
  },
  Configuration: {
    title: "Sign-in is unavailable",
    body: "The server could not complete the sign-in. Please try again in a few minutes.",
  },
};

const FALLBACK = { title: "Something went wrong", body: "We couldn't sign you in. Please request a new sign-in link." };

export default async function SignInErrorPage({ searchParams }: PageProps<"/sign-in/error">) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || FALLBACK;

  return (
    <div className="text-center">
      <span className="mx-auto grid size-12 place-items-center rounded-full bg-red-50 text-red-600" aria-hidden="true">
        <CircleAlert className="size-6" />
      </span>
      <h1 className="mt-4 text-xl font-semibold text-slate-900">{message.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{message.body}</p>
      <Link href="/sign-in" className={buttonClasses("primary", "md", "mt-6 w-full")}>
        Back to sign in
      </Link>
    </div>
  );
}
