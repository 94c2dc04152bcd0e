// Moving a member between Active and Inactive, shared by Edit Member and Disable/Re-enable.
// Disabling frees the seat and ends access at once (every request checks for an active
// membership); re-enabling takes a seat, and a member who never joined goes back to Pending
// with a fresh invitation instead of becoming Active without ever accepting.
import "server-only";
import { cancelPendingInvitations, findMemberTeamIds, updateMemberRow } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotChangeStatus } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";
import { invitePendingMember } from "./invite-pending-member";

export async function changeMemberStatus(
  ctx: OrgActionContext,
  target: Member,
  next: "active" | "inactive",
): Promise<Member> {
  const { tx, organization, actor } = ctx;
  const current = target.status === "pending" ? "active" : target.status;
  if (current === next) return target;
  refuseUnless(whyCannotChangeStatus(actor, target));
  const scope = { organizationId: organization.id, memberId: target.id };

  if (next === "inactive") {
    await assertAnotherOwnerRemains(tx, target);
    const updated = await updateMemberRow(tx, scope, { status: "inactive" });
    await ctx.audit({ action: "member.disabled", target: memberTarget(updated) });
    return updated;
  }

  await assertSeatsAvailable(tx, organization);
  const neverJoined = target.userId === null;
  const updated = await updateMemberRow(tx, scope, { status: neverJoined ? "pending" : "active" });
  if (neverJoined) {
    await cancelPendingInvitations(tx, scope);
    await invitePendingMember(ctx, updated, await findMemberTeamIds(tx, scope));
  }
  await ctx.audit({ action: "member.enabled", target: memberTarget(updated), metadata: { status: updated.status } });
  return updated;
}
