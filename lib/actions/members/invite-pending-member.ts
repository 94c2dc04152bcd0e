// Issues a Pending member's invitation in the action's transaction and sends it after commit.
import "server-only";
import type { Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { assertCanSendInvitations } from "@/lib/invitations/invitation-rate-limit";
import { issueInvitation } from "@/lib/invitations/issue-invitation";

export async function invitePendingMember(ctx: OrgActionContext, member: Member, teamIds: readonly string[]): Promise<void> {
  await assertCanSendInvitations(ctx.tx, { organizationId: ctx.organization.id, actorUserId: ctx.identity.user.id });
  const { outboxId } = await issueInvitation(ctx.tx, {
    organization: ctx.organization,
    member,
    teamIds,
    inviter: { userId: ctx.identity.user.id, name: ctx.actor.name },
  });
  ctx.afterCommit((db) => deliverOutboxEmail(db, outboxId));
}
