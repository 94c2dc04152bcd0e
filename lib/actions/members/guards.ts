// Checks shared by the member actions. The target member is loaded locked and from the actor's
// organization only: an id from another organization is "not found" and reveals nothing.
import "server-only";
import type { Queryable } from "@/db/client";
import type { Member } from "@/db/schema";
import { findMemberByEmail, getMemberForUpdate } from "@/db/queries/member-writes";
import { findTeamIds } from "@/db/queries/teams";
import { ActionError } from "@/lib/errors";
import type { Verdict } from "@/lib/members/rules";

export async function loadTargetMember(tx: Queryable, organizationId: string, memberId: string): Promise<Member> {
  const member = await getMemberForUpdate(tx, { organizationId, memberId });
  if (!member) throw new ActionError("not_found", "Member not found.");
  return member;
}

/** Ends the action with the rule's reason when the rule forbids it. */
export function refuseUnless(verdict: Verdict, code: "forbidden" | "invalid_input" = "forbidden"): void {
  if (verdict) throw new ActionError(code, verdict);
}

export function memberTarget(member: Member) {
  return { type: "member" as const, id: member.id, name: member.name, email: member.email };
}

/** Every team id must be a team of this organization; otherwise a field error on teamIds. */
export async function assertTeamsExist(tx: Queryable, organizationId: string, teamIds: readonly string[]): Promise<void> {
  const found = await findTeamIds(tx, { organizationId, teamIds });
  if (found.length !== teamIds.length) {
    throw new ActionError("invalid_input", "Please correct the highlighted fields.", { teamIds: ["Unknown team"] });
  }
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
