"use server";
// The account page's session actions as server functions. Not organization actions: each checks
// the session itself and only ever touches the caller's own sessions.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { getSessionUser } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";
import type { RequestIdentity } from "@/lib/actions/define-org-action";
import { signOutOtherSessions } from "./sign-out-other-sessions";
import { signOutSession } from "./sign-out-session";

async function caller(): Promise<RequestIdentity> {
  const [user, sessionToken] = await Promise.all([getSessionUser(), currentSessionToken()]);
  return { user, sessionToken };
}

export async function signOutSessionAction(input: unknown) {
  const result = await signOutSession(await getDb(), await caller(), input);
  revalidatePath("/account/sessions");
  return result;
}

export async function signOutOtherSessionsAction() {
  const result = await signOutOtherSessions(await getDb(), await caller());
  revalidatePath("/account/sessions");
  return result;
}
