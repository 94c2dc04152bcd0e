// Who may touch which sessions on the account page: only the signed-in caller, only their own,
// and never the one making the request (that is what "Sign out" in the user menu is for).
import "server-only";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { fail, type ActionResult } from "@/lib/errors";

export interface SessionOwner {
  userId: string;
  /** The caller's own session, kept by every action here. */
  currentToken: string;
}

/** The caller as the owner of their sessions, or the refusal to return. */
export function sessionOwnerOf(identity: RequestIdentity): SessionOwner | ActionResult<never> {
  if (!identity.user || !identity.sessionToken) return fail("unauthenticated", "Sign in to continue.");
  return { userId: identity.user.id, currentToken: identity.sessionToken };
}

export function isRefusal(value: SessionOwner | ActionResult<never>): value is ActionResult<never> {
  return "ok" in value;
}
