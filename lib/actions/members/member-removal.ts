// Removing a member, shared by Remove (remove-member.ts, also SCIM's DELETE) and an access review's
// Remove decision (decide-access-review.ts): the rank rules and the last-Owner rule, then access
// ends with their next request, their API keys are revoked, they leave every team, their pending
// invitation stops working; the audit log keeps their name and email as they were, their user
// account (and other organizations) are untouched, and a person who had joined is told by email.
import "server-only";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import { blockAutoJoin } from "@/db/queries/domains";
import { deleteMemberRow } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import type { CallerIdentity } from "@/lib/actions/kernel/request-identity";
import { memberTarget } from "@/lib/audit";
import { SINGLE_REMOVE, recordSingleUndoable } from "@/lib/bulk/snapshots";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderRemovedEmail } from "@/lib/email/templates/removed";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";
import { whyCannotRemove } from "@/lib/members/rules";

/** Removes `target` if the actor may; `auditMetadata` adds to the member.removed event (an access review's decision). */
export async function removeMemberNow(
  ctx: OrgActionContext<CallerIdentity>,
  target: Member,
  { auditMetadata = {} }: { auditMetadata?: Record<string, unknown> } = {},
): Promise<void> {
  refuseUnless(whyCannotRemove(ctx.actor, target));
  await assertAnotherOwnerRemains(ctx.tx, target);
  const revokedKeys = await revokeMemberApiKeyRows(ctx.tx, { organizationId: ctx.organization.id, memberId: target.id, revokedByUserId: ctx.auditActor.userId });
  // Undoable for 10 minutes (lib/bulk/snapshots.ts): their row and teams as they were, taken before they go.
  const undoOperationId = await recordSingleUndoable(ctx.tx, { organizationId: ctx.organization.id, actorUserId: ctx.auditActor.userId, action: SINGLE_REMOVE, member: target, after: null });
  await deleteMemberRow(ctx.tx, { organizationId: ctx.organization.id, memberId: target.id });
  // A removed person never re-joins by auto-join (an admin may still invite them).
  await blockAutoJoin(ctx.tx, { organizationId: ctx.organization.id, email: target.email, reason: "removed" });
  await ctx.audit({
    action: "member.removed",
    target: memberTarget(target),
    metadata: { role: target.role, status: target.status, revokedApiKeys: revokedKeys, undoOperationId, ...auditMetadata },
  });
  if (target.userId) {
    // Only people who had joined are told; a pending invitee's link simply stops working.
    const email = await renderRemovedEmail({ organizationName: ctx.organization.name, memberName: target.name, removedByName: ctx.actor.name });
    const { id } = await enqueueEmail(ctx.tx, { organizationId: ctx.organization.id, to: target.email, template: "removed", ...email });
    ctx.afterCommit((db) => deliverOutboxEmail(db, id));
  }
}
