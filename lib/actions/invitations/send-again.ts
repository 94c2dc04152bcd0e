// Send again: a declined invitation becomes a new one. Declining deleted the person's Pending
// member row (freeing the seat), so sending again is inviting them anew — a new Pending member
// holding a seat (refused at the seat limit, under the organization lock the action holds), a new
// invitation with its own link, the rate limit charged, the email in the outbox — with what was
// chosen the first time (role, teams still existing, department, job title, permissions, message).
// The declined invitation stays as it is, as history; its link stays dead.
import "server-only";
import { recordedInviteeNames } from "@/db/queries/invitations-housekeeping";
import { findMemberByEmail, insertMember } from "@/db/queries/member-writes";
import { findTeamIds } from "@/db/queries/teams";
import { setMemberTeams } from "@/db/queries/team-writes";
import type { Invitation } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { assertCanSendInvitations } from "@/lib/invitations/invitation-rate-limit";
import { issueInvitation } from "@/lib/invitations/issue-invitation";
import { whyCannotGrant } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";

export interface SentAgain {
  id: string;
  status: "pending";
  email: string;
  expiresAt: Date;
}

/** Call with the declined invitation locked and the actor allowed to invite with its role (managed-invitation.ts). */
export async function sendDeclinedInvitationAgain(ctx: OrgActionContext, declined: Invitation): Promise<SentAgain> {
  const { tx, organization, actor } = ctx;
  const organizationId = organization.id;
  // Invited again (or joined) some other way since they declined: that is the one to act on.
  const existing = await findMemberByEmail(tx, { organizationId, email: declined.email });
  if (existing) {
    refuse("conflict", existing.status === "pending" ? "This person has a newer invitation. Resend that one instead." : "This person is already a member.");
  }
  if (declined.permissions.length > 0) refuseUnless(whyCannotGrant(actor, declined.permissions));
  await assertSeatsAvailable(tx, organization);
  await assertCanSendInvitations(tx, { organizationId, actorUserId: ctx.identity.user.id });

  // Teams deleted since the first invitation are left out.
  const teamIds = await findTeamIds(tx, { organizationId, teamIds: declined.teamIds });
  const recorded = await recordedInviteeNames(tx, { organizationId, invitations: [declined] });
  const member = await insertMember(tx, {
    organizationId,
    email: declined.email,
    name: recorded.get(declined.id) ?? declined.email.split("@")[0] ?? declined.email,
    department: declined.department,
    jobTitle: declined.jobTitle,
    role: declined.role,
    status: "pending",
    permissions: declined.permissions,
  });
  await setMemberTeams(tx, { organizationId, memberId: member.id, teamIds });
  const issued = await issueInvitation(tx, {
    organization,
    member,
    teamIds,
    inviter: { userId: ctx.identity.user.id, name: actor.name },
    message: declined.message,
  });
  ctx.afterCommit((db) => deliverOutboxEmail(db, issued.outboxId));
  await ctx.audit({
    action: "invitation.resent",
    target: { type: "invitation", id: issued.invitationId, name: member.name, email: member.email },
    metadata: {
      previousStatus: "declined",
      previousInvitationId: declined.id,
      memberId: member.id,
      role: member.role,
      teamIds,
      expiresAt: issued.expiresAt.toISOString(),
    },
  });
  return { id: issued.invitationId, status: "pending", email: member.email, expiresAt: issued.expiresAt };
}
