// Declining an invitation: it becomes Declined and its Pending member row is deleted, freeing the
// seat. Like accepting, it needs the invited address signed in, so a forwarded link cannot decline.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations } from "@/db/schema";
import { deleteMemberRow } from "@/db/queries/member-records";
import type { RequestIdentity } from "@/lib/actions/define-org-action";
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
    await tx
      .update(invitations)
      .set({ status: "declined", respondedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), eq(invitations.organizationId, organization.id), eq(invitations.status, "pending")));
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
