"use server";
// The invitation page's server actions. Not organization actions (the invitee is not a member
// yet): each checks the session, the token and the invited address itself, in the domain code.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { signOut } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/org-context";
import { fail, ok, type ActionResult, type ErrorCode } from "@/lib/errors";
import { acceptInvitation, type RespondRefusal } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { findInvitationView } from "@/lib/invitations/invitation-view";

const CODES: Record<RespondRefusal, ErrorCode> = {
  invalid: "not_found",
  unauthenticated: "unauthenticated",
  wrong_account: "forbidden",
  already_member: "conflict",
  internal: "internal",
  accepted: "conflict",
  declined: "conflict",
  cancelled: "conflict",
  expired: "conflict",
  bounced: "conflict",
};

/** Accepts and, on success, goes to the organization's members page; otherwise says why. */
export async function acceptInvitationAction(token: unknown): Promise<ActionResult<never>> {
  const outcome = await acceptInvitation(await getDb(), await currentRequestIdentity(), token);
  if (!outcome.ok) return fail(CODES[outcome.reason], outcome.message);
  revalidatePath(`/orgs/${outcome.data.organizationSlug}`, "layout");
  redirect(`/orgs/${outcome.data.organizationSlug}/members`);
}

/** Declines; the page then shows the invitation as Declined. */
export async function declineInvitationAction(token: unknown): Promise<ActionResult<{ organizationName: string }>> {
  const outcome = await declineInvitation(await getDb(), await currentRequestIdentity(), token);
  if (!outcome.ok) return fail(CODES[outcome.reason], outcome.message);
  return ok({ organizationName: outcome.data.organizationName });
}

/**
 * "Sign in as <invited address>": ends the current session and opens the sign-in form with that
 * address filled in, coming back to this invitation after the magic link.
 */
export async function signInAsInvitedAction(token: unknown): Promise<void> {
  const view = await findInvitationView(await getDb(), token);
  if (!view || typeof token !== "string") redirect("/sign-in");
  const target = `/sign-in?${new URLSearchParams({ email: view.email, callbackUrl: `/invite/${token}` })}`;
  if (await getSessionUser()) await signOut({ redirectTo: target });
  redirect(target);
}
