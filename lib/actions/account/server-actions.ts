"use server";
// The account page's own actions (sessions, profile) as server functions. Not organization actions:
// each checks the session itself and only ever touches the caller's own sessions and memberships.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { signOutOtherSessions } from "./sign-out-other-sessions";
import { updateProfile } from "./update-profile";
import { signOutSession } from "./sign-out-session";

export async function signOutSessionAction(input: unknown) {
  const result = await signOutSession(await getDb(), await currentRequestIdentity(), input);
  revalidatePath("/account/sessions");
  return result;
}

export async function signOutOtherSessionsAction() {
  const result = await signOutOtherSessions(await getDb(), await currentRequestIdentity());
  revalidatePath("/account/sessions");
  return result;
}

export async function updateProfileAction(input: unknown) {
  const result = await updateProfile(await getDb(), await currentRequestIdentity(), input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
