"use server";
// The sign-in form's action: validates the email, has Auth.js create and email a magic link,
// then shows the check-your-email page.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { peekSignInAllowance } from "@/lib/auth/sign-in-rate-limit";
import { clientIp } from "@/lib/request/client-ip";
import { signIn } from "@/lib/auth";
import { fail, type ActionResult } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";

export type SignInState = ActionResult<never> | null;

export async function requestSignInLink(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") });
  if (!parsed.success) {
    const messages = parsed.error.issues.filter((i) => i.path[0] === "email").map((i) => i.message);
    return fail("invalid_input", messages[0] ?? "Enter a valid email address.", { email: messages });
  }
  const { email, callbackUrl } = parsed.data;
  const allowance = await peekSignInAllowance(await getDb(), { email, ip: clientIp(await headers()) });
  if (!allowance.ok) return fail("rate_limited", allowance.message, { email: [allowance.message] });

  let target: string;
  try {
    target = await signIn("resend", { email, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    console.error("[auth] sign-in link request failed:", error.type);
    return fail("internal", "We couldn't send a sign-in link right now. Please try again in a moment.");
  }

  // Auth.js answers with its verify-request URL (which only bounces to our check-email page) or,
  // on failure, its error page; go straight to ours, telling the page which address was used.
  const url = new URL(target, "http://localhost");
  if (url.pathname.endsWith("/verify-request") || url.pathname === "/sign-in/check-email") {
    redirect(`/sign-in/check-email?${new URLSearchParams({ email })}`);
  }
  redirect(`${url.pathname}${url.search}`);
}
