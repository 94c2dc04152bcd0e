// Issues a Pending member's invitation in the action's transaction and sends it after commit.
import "server-only";
import type { Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { issueInvitation } from "@/lib/invitations/issue-invitation";

export async function invitePendingMember(ctx: OrgActionContext, member: Member, teamIds: readonly string[]): Promise<void> {
  const { outboxId } = await issueInvitation(ctx.tx, {
    organization: ctx.organization,
    member,
    teamIds,
    inviter: { userId: ctx.identity.user.id, name: ctx.actor.name },
  });
  ctx.afterCommit((db) => deliverOutboxEmail(db, outboxId));
}
