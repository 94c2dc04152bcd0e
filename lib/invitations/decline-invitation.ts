// Declining an invitation: it becomes Declined and its Pending member row is deleted, freeing the
// seat. Like accepting, it needs the invited address signed in, so a forwarded link cannot decline.
import "server-only";
import type { Database } from "@/db/client";
import { closePendingInvitation } from "@/db/queries/invitation-acceptance";
import { deleteMemberRow } from "@/db/queries/member-writes";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { recordAudit } from "@/lib/audit";
import { respondToInvitation, type RespondOutcome } from "./accept-invitation";

export interface DeclinedInvitation {
  organizationName: string;
}

export async function declineInvitation(
  db: Database,
  identity: RequestIdentity,
  token: unknown,
): Promise<RespondOutcome<DeclinedInvitation>> {
  return respondToInvitation(db, identity, token, async ({ tx, invitation, organization, member, actor }) => {
    // Declined first: deleting the member row afterwards then has no pending invitation to cancel.
    await closePendingInvitation(tx, { organizationId: organization.id, invitationId: invitation.id }, { status: "declined", respondedAt: new Date() });
    await deleteMemberRow(tx, { organizationId: organization.id, memberId: member.id });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor,
      action: "invitation.declined",
      target: { type: "member", id: member.id, name: member.name, email: member.email },
      metadata: { invitationId: invitation.id, role: invitation.role },
    });
    return { ok: true, data: { organizationName: organization.name } };
  });
}
