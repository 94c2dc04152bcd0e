// Resend: a new token and a new expiry (from the organization's setting) for a pending, expired or
// bounced invitation; the old link stops working, the invitation is Pending again, and the email
// is written to the outbox in this transaction and sent after commit. A declined invitation is
// sent again as a new invitation instead (send-again.ts): the answer then names the new one.
import "server-only";
import { z } from "zod";
import { hasOtherPendingInvitation, renewInvitation } from "@/db/queries/invitations";
import type { InvitationStatus } from "@/db/schema/enums";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";
import { renderInvitationReminderEmail } from "@/lib/email/templates/invitation-reminder";
import { ActionError } from "@/lib/errors";
import { assertCanSendInvitations } from "@/lib/invitations/invitation-rate-limit";
import { buildInvitationEmail, invitationUrl } from "@/lib/invitations/issue-invitation";
import { generateInvitationToken } from "@/lib/invitations/tokens";
import { ROLE_LABELS } from "@/lib/permissions";
import { lockInvitedMember, lockManagedInvitation } from "./managed-invitation";
import { sendDeclinedInvitationAgain } from "./send-again";

const DAY_MS = 24 * 60 * 60 * 1000;

export const RESENDABLE_STATUSES = ["pending", "expired", "bounced"] as const satisfies readonly InvitationStatus[];
export const INVITE_AGAIN_MESSAGE = "This invitation can't be sent again. To invite them again, use Create Member on the Members page.";

export const resendInvitationSchema = z.object({ invitationId: z.uuid({ error: "Unknown invitation" }) });

export const resendInvitation = defineOrgAction({
  permission: "members.invite",
  schema: resendInvitationSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const { invitation, scope } = await lockManagedInvitation(ctx, input.invitationId);
    if (invitation.status === "declined") return sendDeclinedInvitationAgain(ctx, invitation);
    if (!(RESENDABLE_STATUSES as readonly string[]).includes(invitation.status)) {
      throw new ActionError("conflict", invitation.status === "accepted" ? "This invitation has already been accepted." : INVITE_AGAIN_MESSAGE);
    }
    // The Pending member row holds the seat and becomes the member on acceptance: it must still be there.
    const member = await lockInvitedMember(ctx, invitation);
    if (!member || member.status !== "pending" || member.email !== invitation.email) throw new ActionError("conflict", INVITE_AGAIN_MESSAGE);
    if (await hasOtherPendingInvitation(tx, { ...scope, memberId: member.id })) {
      throw new ActionError("conflict", "A newer invitation to this person is pending. Resend that one instead.");
    }
    await assertCanSendInvitations(tx, { organizationId: organization.id, actorUserId: ctx.identity.user.id });

    const { token, tokenHash } = generateInvitationToken();
    const expiresAt = new Date(Date.now() + organization.invitationExpiryDays * DAY_MS);
    const renewed = await renewInvitation(tx, scope, { tokenHash, expiresAt });
    const props = {
      organizationName: organization.name,
      inviterName: actor.name,
      roleLabel: ROLE_LABELS[renewed.role],
      url: invitationUrl(SECRET_PLACEHOLDER),
      expiresAt,
      message: renewed.message,
    };
    // A still-pending invitation gets a reminder (its old link is dead); a lapsed one a fresh invitation.
    const reminder = invitation.status === "pending";
    const email = reminder ? await renderInvitationReminderEmail(props) : await buildInvitationEmail(props);
    const { id: outboxId } = await enqueueEmail(tx, {
      organizationId: organization.id,
      invitationId: renewed.id,
      to: renewed.email,
      template: reminder ? "invitation-reminder" : "invitation",
      ...email,
      secret: { value: token, expiresAt },
    });
    ctx.afterCommit((db) => deliverOutboxEmail(db, outboxId));
    await ctx.audit({
      action: "invitation.resent",
      target: { type: "invitation", id: renewed.id, name: member.name, email: renewed.email },
      metadata: { previousStatus: invitation.status, expiresAt: expiresAt.toISOString() },
    });
    return { id: renewed.id, status: renewed.status, email: renewed.email, expiresAt };
  },
});
