// The opening every action on one invitation shares (Resend, Cancel, Change): the invitation,
// locked and from the actor's organization only (another organization's id is "not found"), and
// the actor allowed to invite with its role — a Manager can't touch an Admin's invitation.
import "server-only";
import { getInvitationForUpdate } from "@/db/queries/invitations";
import { getMemberForUpdate } from "@/db/queries/member-writes";
import type { Invitation, Member } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import { whyCannotInviteAs } from "@/lib/members/rules";

export interface ManagedInvitation {
  invitation: Invitation;
  /** The invitation's organization and id, for the writes that follow. */
  scope: { organizationId: string; invitationId: string };
}

export async function lockManagedInvitation({ tx, organization, actor }: OrgActionContext, invitationId: string): Promise<ManagedInvitation> {
  const scope = { organizationId: organization.id, invitationId };
  const invitation = await getInvitationForUpdate(tx, scope);
  if (!invitation) refuse("not_found", "Invitation not found.");
  refuseUnless(whyCannotInviteAs(actor, invitation.role));
  return { invitation, scope };
}

/** The Pending member row the invitation fills in, locked; null when it has none (any more). */
export async function lockInvitedMember({ tx, organization }: OrgActionContext, invitation: Invitation): Promise<Member | null> {
  return invitation.memberId ? getMemberForUpdate(tx, { organizationId: organization.id, memberId: invitation.memberId }) : null;
}
