// Sign-in: asks for an email address and sends a magic link to it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/org-context";
import { signInSchema } from "@/lib/validation/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  // Prefilled when a page sends someone to sign in as a particular address (an invitation).
  const email = signInSchema.shape.email.safeParse(params.email);

  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Roster</h1>
      <p className="mt-2 text-sm text-slate-600">
        Enter your email address and we&apos;ll send you a link to sign in. No password needed.
      </p>
      <SignInForm callbackUrl={callbackUrl} defaultEmail={email.success ? email.data : ""} />
    </>
  );
}
