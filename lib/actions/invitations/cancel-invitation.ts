// Cancel: the invitation is Cancelled (its link stops working) and its Pending member row is
// deleted, which frees the seat. Pending, expired and bounced invitations can be cancelled.
import "server-only";
import { z } from "zod";
import { hasOtherPendingInvitation, updateInvitationRow } from "@/db/queries/invitations";
import { deleteMemberRow } from "@/db/queries/member-writes";
import type { InvitationStatus } from "@/db/schema/enums";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { lockInvitedMember, lockManagedInvitation } from "./managed-invitation";

export const CANCELLABLE_STATUSES = ["pending", "expired", "bounced"] as const satisfies readonly InvitationStatus[];

export const cancelInvitationSchema = z.object({ invitationId: z.uuid({ error: "Unknown invitation" }) });

export const cancelInvitation = defineOrgAction({
  permission: "members.invite",
  schema: cancelInvitationSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    const { invitation, scope } = await lockManagedInvitation(ctx, input.invitationId);
    if (!(CANCELLABLE_STATUSES as readonly string[]).includes(invitation.status)) {
      throw new ActionError("conflict", `This invitation is already ${invitation.status}.`);
    }

    const cancelled = await updateInvitationRow(tx, scope, { status: "cancelled", respondedAt: new Date() });
    const member = await lockInvitedMember(ctx, invitation);
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
