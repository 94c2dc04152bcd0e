// Create Member: adds a person to the organization. Status Active invites them (they are
// Pending, holding a seat, until they accept); status Inactive records them disabled, no invite.
import "server-only";
import { insertMember } from "@/db/queries/member-writes";
import { setMemberTeams } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { whyCannotGrant, whyCannotInviteAs } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";
import { assertTeamsExist } from "@/lib/teams/team-checks";
import { createMemberSchema } from "@/lib/validation/members";
import { assertEmailFree } from "./guards";
import { invitePendingMember } from "./invite-pending-member";

export const createMember = defineOrgAction({
  permission: "members.invite",
  schema: createMemberSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    refuseUnless(whyCannotInviteAs(actor, input.role));
    if (input.permissions.length > 0) refuseUnless(whyCannotGrant(actor, input.permissions));
    await assertTeamsExist(tx, organization.id, input.teamIds);
    await assertEmailFree(tx, { organizationId: organization.id, email: input.email });
    const invite = input.status === "active";
    if (invite) await assertSeatsAvailable(tx, organization);

    const member = await insertMember(tx, {
      organizationId: organization.id,
      email: input.email,
      name: input.name,
      phone: input.phone,
      department: input.department,
      jobTitle: input.jobTitle,
      role: input.role,
      status: invite ? "pending" : "inactive",
      permissions: input.permissions,
    });
    await setMemberTeams(tx, { organizationId: organization.id, memberId: member.id, teamIds: input.teamIds });
    if (invite) await invitePendingMember(ctx, member, input.teamIds);
    await ctx.audit({
      action: invite ? "member.invited" : "member.created",
      target: memberTarget(member),
      metadata: { role: member.role, status: member.status, teamIds: input.teamIds },
    });
    return { id: member.id, status: member.status };
  },
});
