// The members an API-key action is about, loaded from the actor's organization only (an id from
// another organization is "not found"), locked when the action writes.
import "server-only";
import type { Queryable } from "@/db/client";
import { findMember, getMemberForUpdate } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";
import { ActionError } from "@/lib/errors";

export async function loadKeyMember(db: Queryable, organizationId: string, memberId: string, { lock }: { lock: boolean }): Promise<Member> {
  const member = lock ? await getMemberForUpdate(db, { organizationId, memberId }) : await findMember(db, { organizationId, memberId });
  if (!member) throw new ActionError("not_found", "Member not found.");
  return member;
}
