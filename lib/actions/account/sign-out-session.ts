// "Sign out" on one of your other sessions: deletes it if, and only if, it is yours.
import "server-only";
import type { Database } from "@/db/client";
import { deleteUserSession } from "@/db/queries/sessions";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { sessionRefSchema } from "@/lib/validation/sessions";
import { isRefusal, sessionOwnerOf } from "./session-owner";

export async function signOutSession(db: Database, identity: RequestIdentity, input: unknown): Promise<ActionResult<{ count: number }>> {
  const owner = sessionOwnerOf(identity);
  if (isRefusal(owner)) return owner;
  const parsed = sessionRefSchema.safeParse(input);
  // Someone else's id and a malformed one look the same: not one of yours.
  if (!parsed.success) return fail("not_found", "That session has already ended.");
  try {
    const count = await deleteUserSession(db, { userId: owner.userId, sessionId: parsed.data.sessionId, keepToken: owner.currentToken });
    return count === 0 ? fail("not_found", "That session has already ended.") : ok({ count });
  } catch (error) {
    console.error("[account] signing a session out failed", error instanceof Error ? error.message : error);
    return fail("internal", "Something went wrong. Please try again.");
  }
}
