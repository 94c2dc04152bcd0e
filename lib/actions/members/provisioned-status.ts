// Active/Inactive as the identity provider sets it. Active and Inactive members move through the
// same status change as Disable/Re-enable (seats, last Owner), and deactivation also ends the
// person's sessions and API keys at once. A Pending invitee the provider activates joins without
// accepting (the provider vouches for them; the seat is already theirs); one it deactivates loses
// the invitation and the seat. A member who never had an account is given one before re-enabling.
import "server-only";
import { cancelPendingInvitations, updateMemberRow } from "@/db/queries/member-writes";
import { findOrCreateUserForEmail } from "@/db/queries/scim-writes";
import type { Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import type { CallerIdentity } from "@/lib/actions/kernel/request-identity";
import { memberTarget } from "@/lib/audit";
import { changeMemberStatus } from "./status-change";

/** `audit: false` when the caller records the change in its own single event. */
export async function setProvisionedStatus(
  ctx: OrgActionContext<CallerIdentity>,
  target: Member,
  next: "active" | "inactive",
  { audit = true }: { audit?: boolean } = {},
): Promise<Member> {
  const { tx, organization } = ctx;
  const scope = { organizationId: organization.id, memberId: target.id };
  const now = new Date();
  if (target.status === "pending") {
    await cancelPendingInvitations(tx, scope);
    if (next === "inactive") {
      const updated = await updateMemberRow(tx, scope, { status: "inactive" });
      if (audit) await ctx.audit({ action: "member.disabled", target: memberTarget(updated), metadata: { from: "pending" } });
      return updated;
    }
    const userId = await findOrCreateUserForEmail(tx, { email: target.email, name: target.name, now });
    const updated = await updateMemberRow(tx, scope, { status: "active", userId, joinedAt: now });
    if (audit) await ctx.audit({ action: "member.enabled", target: memberTarget(updated), metadata: { status: "active", from: "pending" } });
    return updated;
  }
  if (target.status === next) return target;
  let member = target;
  if (next === "active" && !member.userId) {
    const userId = await findOrCreateUserForEmail(tx, { email: member.email, name: member.name, now });
    member = await updateMemberRow(tx, scope, { userId, joinedAt: member.joinedAt ?? now });
  }
  return changeMemberStatus(ctx, member, next, { endAccess: true, audit });
}
