// Remove (one invitation, from its row menu): a declined, expired or cancelled invitation leaves
// the Invitations view, audited; pending, bounced and accepted ones are refused with the reason.
import "server-only";
import { z } from "zod";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { removeLockedInvitations, whyCannotRemoveInvitation } from "./invitation-removal";
import { lockManagedInvitation } from "./managed-invitation";

export const removeInvitationSchema = z.object({ invitationId: z.uuid({ error: "Unknown invitation" }) });

export const removeInvitation = defineOrgAction({
  permission: "members.invite",
  schema: removeInvitationSchema,
  async handler(ctx, input) {
    const { invitation } = await lockManagedInvitation(ctx, input.invitationId);
    const reason = whyCannotRemoveInvitation(invitation.status);
    if (reason) refuse("conflict", reason);
    const [removed] = await removeLockedInvitations(ctx, [invitation]);
    return { id: removed!.id, email: removed!.email, status: removed!.status, memberRemoved: removed!.memberRemoved };
  },
});
