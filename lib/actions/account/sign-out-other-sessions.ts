// "Sign out of all other sessions": every session of the caller except the one asking.
import "server-only";
import type { Database } from "@/db/client";
import { deleteUserSessions } from "@/db/queries/sessions";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { isRefusal, sessionOwnerOf } from "./session-owner";

export async function signOutOtherSessions(db: Database, identity: RequestIdentity): Promise<ActionResult<{ count: number }>> {
  const owner = sessionOwnerOf(identity);
  if (isRefusal(owner)) return owner;
  try {
    return ok({ count: await deleteUserSessions(db, { userId: owner.userId, keepToken: owner.currentToken }) });
  } catch (error) {
    console.error("[account] signing other sessions out failed", error instanceof Error ? error.message : error);
    return fail("internal", "Something went wrong. Please try again.");
  }
}
