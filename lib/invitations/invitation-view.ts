// What an invitation link shows, found by its token: malformed and unknown tokens alike find
// nothing, and looking never changes anything (mail scanners open links).
import "server-only";
import type { Queryable } from "@/db/client";
import { findInvitationViewByHash, type InvitationView } from "@/db/queries/invitation-acceptance";
import { tokenHashOf } from "./tokens";

export async function findInvitationView(db: Queryable, token: unknown, now = new Date()): Promise<InvitationView | null> {
  const tokenHash = tokenHashOf(token);
  return tokenHash ? findInvitationViewByHash(db, tokenHash, now) : null;
}
