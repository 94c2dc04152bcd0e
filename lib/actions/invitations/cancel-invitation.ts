// Cancel: the invitation is Cancelled (its link stops working) and its Pending member row is
// deleted, which frees the seat. Pending, expired and bounced invitations can be cancelled.
import "server-only";
import { z } from "zod";
import { deleteMemberRow, getMemberForUpdate } from "@/db/queries/member-writes";
import { getInvitationForUpdate, hasOtherPendingInvitation, updateInvitationRow } from "@/db/queries/invitations";
import type { InvitationStatus } from "@/db/schema/enums";
import { defineOrgAction } from "@/lib/actions/define-org-action";
import { refuseUnless } from "@/lib/actions/members/guards";
import { ActionError } from "@/lib/errors";
import { whyCannotInviteAs } from "@/lib/members/rules";

export const CANCELLABLE_STATUSES = ["pending", "expired", "bounced"] as const satisfies readonly InvitationStatus[];

export const cancelInvitationSchema = z.object({ invitationId: z.uuid({ error: "Unknown invitation" }) });

export const cancelInvitation = defineOrgAction({
  permission: "members.invite",
  schema: cancelInvitationSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const scope = { organizationId: organization.id, invitationId: input.invitationId };
    const invitation = await getInvitationForUpdate(tx, scope);
    if (!invitation) throw new ActionError("not_found", "Invitation not found.");
    refuseUnless(whyCannotInviteAs(actor, invitation.role));
    if (!(CANCELLABLE_STATUSES as readonly string[]).includes(invitation.status)) {
      throw new ActionError("conflict", `This invitation is already ${invitation.status}.`);
    }

    const cancelled = await updateInvitationRow(tx, scope, { status: "cancelled", respondedAt: new Date() });
    const member = invitation.memberId ? await getMemberForUpdate(tx, { organizationId: organization.id, memberId: invitation.memberId }) : null;
    // Only a person who never joined, and who has no newer invitation, leaves with it.
    const removeMember =
      member !== null &&
      member.status === "pending" &&
      member.userId === null &&
      !(await hasOtherPendingInvitation(tx, { ...scope, memberId: member.id }));
    if (removeMember) await deleteMemberRow(tx, { organizationId: organization.id, memberId: member.id });

    await ctx.audit({
      action: "invitation.cancelled",
      target: { type: "invitation", id: cancelled.id, name: member?.name ?? null, email: cancelled.email },
      metadata: { previousStatus: invitation.status, role: cancelled.role, memberRemoved: removeMember },
    });
    return { id: cancelled.id, status: cancelled.status, email: cancelled.email };
  },
});
