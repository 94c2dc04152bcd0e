// Checks shared by the member actions. The target member is loaded locked and from the actor's
// organization only: an id from another organization is "not found" and reveals nothing.
import "server-only";
import type { Queryable } from "@/db/client";
import { findMemberByEmail, getMemberForUpdate } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";
import { ActionError } from "@/lib/errors";

export async function loadTargetMember(tx: Queryable, organizationId: string, memberId: string): Promise<Member> {
  const member = await getMemberForUpdate(tx, { organizationId, memberId });
  if (!member) throw new ActionError("not_found", "Member not found.");
  return member;
}

/** The email must not belong to another member (or pending invitee) of the organization. */
export async function assertEmailFree(
  tx: Queryable,
  { organizationId, email, exceptMemberId }: { organizationId: string; email: string; exceptMemberId?: string },
): Promise<void> {
  const existing = await findMemberByEmail(tx, { organizationId, email, exceptMemberId });
  if (!existing) return;
  const message =
    existing.status === "pending" ? "This person has already been invited." : "This person is already a member.";
  throw new ActionError("conflict", message, { email: [message] });
}
