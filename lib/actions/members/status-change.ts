// Moving a member between Active and Inactive, shared by Edit Member and Disable/Re-enable.
// Disabling frees the seat and ends access at once (every request checks for an active
// membership); re-enabling takes a seat, and a member who never joined goes back to Pending
// with a fresh invitation instead of becoming Active without ever accepting. SCIM deactivation
// also ends the person's sessions and revokes their API keys on the spot (`endAccess`).
import "server-only";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import { blockAutoJoin } from "@/db/queries/domains";
import { cancelPendingInvitations, findMemberTeamIds, updateMemberRow } from "@/db/queries/member-writes";
import { deleteUserSessions } from "@/db/queries/sessions";
import type { Member } from "@/db/schema";
import { personContext, type OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import type { CallerIdentity } from "@/lib/actions/kernel/request-identity";
import { memberTarget } from "@/lib/audit";
import { SINGLE_DISABLE, recordSingleUndoable } from "@/lib/bulk/snapshots";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeStatus } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";
import { invitePendingMember } from "./invite-pending-member";

export async function changeMemberStatus(
  ctx: OrgActionContext<CallerIdentity>,
  target: Member,
  next: "active" | "inactive",
  { endAccess = false, audit = true }: { endAccess?: boolean; /** False when the caller records the change in its own single event (Edit Member). */ audit?: boolean } = {},
): Promise<Member> {
  const { tx, organization, actor } = ctx;
  const current = target.status === "pending" ? "active" : target.status;
  if (current === next) return target;
  refuseUnless(whyCannotChangeStatus(actor, target));
  const scope = { organizationId: organization.id, memberId: target.id };

  if (next === "inactive") {
    await assertAnotherOwnerRemains(tx, target);
    const updated = await updateMemberRow(tx, scope, { status: "inactive" });
    // Should they be removed later, auto-join must not bring them back.
    await blockAutoJoin(tx, { organizationId: organization.id, email: target.email, reason: "disabled" });
    const ended = endAccess ? await endAccessOf(ctx, updated) : undefined;
    // Undoable for 10 minutes (lib/bulk/snapshots.ts).
    const undoOperationId = audit ? await recordSingleUndoable(tx, { organizationId: organization.id, actorUserId: ctx.auditActor.userId, action: SINGLE_DISABLE, member: target, after: updated }) : null;
    if (audit) await ctx.audit({ action: "member.disabled", target: memberTarget(updated), metadata: { ...ended, undoOperationId } });
    return updated;
  }

  await assertSeatsAvailable(tx, organization);
  const neverJoined = target.userId === null;
  const updated = await updateMemberRow(tx, scope, { status: neverJoined ? "pending" : "active" });
  if (neverJoined) {
    // Only a person invites; a SCIM client gives the member a user first (provisioning).
    const inviter = personContext(ctx);
    if (!inviter) refuse("invalid_input", `${target.name} has no account to activate.`);
    await cancelPendingInvitations(tx, scope);
    await invitePendingMember(inviter, updated, await findMemberTeamIds(tx, scope));
  }
  if (audit) await ctx.audit({ action: "member.enabled", target: memberTarget(updated), metadata: { status: updated.status } });
  return updated;
}

/** Signs the person out everywhere and revokes their keys in this organization; how many of each. */
async function endAccessOf({ tx, organization }: OrgActionContext<CallerIdentity>, member: Member) {
  const sessionsEnded = member.userId ? await deleteUserSessions(tx, { userId: member.userId }) : 0;
  const apiKeysRevoked = await revokeMemberApiKeyRows(tx, { organizationId: organization.id, memberId: member.id, revokedByUserId: null });
  return { sessionsEnded, apiKeysRevoked };
}
