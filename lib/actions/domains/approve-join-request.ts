// Settings → Domains: an Admin approves a request to join. The person becomes an Active member with
// the role chosen (one the Admin may give, never Owner) and their domain's auto-join teams — if a
// seat is free (checked under the organization's lock).
import "server-only";
import { findVerifiedDomain } from "@/db/queries/domains";
import { decideJoinRequest, lockPendingJoinRequest } from "@/db/queries/join-requests";
import { findMemberByEmail } from "@/db/queries/member-writes";
import { findUserById } from "@/db/queries/users";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { emailDomainOf } from "@/lib/domains/domain-join";
import { addDomainMember } from "@/lib/domains/domain-membership";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";
import { approveJoinRequestSchema } from "@/lib/validation/domains";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { queueWelcomeEmail } from "@/lib/members/welcome";

export const approveJoinRequest = defineOrgAction({
  permission: "settings.manage",
  schema: approveJoinRequestSchema,
  async handler({ tx, organization, actor, identity, audit, afterCommit }, { requestId, role }) {
    const request = await lockPendingJoinRequest(tx, { organizationId: organization.id, requestId });
    if (!request) refuse("not_found", "That request doesn't exist or was already decided.");
    refuseUnless(whyCannotInviteAs(actor, role));
    const user = await findUserById(tx, request.userId);
    if (!user?.email) refuse("not_found", "That person's account no longer exists.");
    if (await findMemberByEmail(tx, { organizationId: organization.id, email: user.email })) refuse("conflict", `${user.email} is already a member (or invited).`);
    await assertSeatsAvailable(tx, organization);
    const now = new Date();
    const domain = await findVerifiedDomain(tx, emailDomainOf(user.email));
    const teamIds = domain?.organization.id === organization.id ? domain.domain.autoJoinTeamIds : [];
    const { member, teamIds: added } = await addDomainMember(tx, { organizationId: organization.id, user: { id: user.id, email: user.email, name: user.name }, role, teamIds, now });
    await decideJoinRequest(tx, { organizationId: organization.id, requestId, status: "approved", decidedByUserId: identity.user.id, now });
    await audit({ action: "join_request.approved", target: memberTarget(member), metadata: { requestId, role: member.role, teamIds: added } });
    const welcome = await queueWelcomeEmail(tx, organization, member);
    afterCommit((db) => deliverOutboxEmail(db, welcome));
    return { memberId: member.id };
  },
});
