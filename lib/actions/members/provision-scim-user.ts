// SCIM POST /Users: the identity provider adds a person. They become a member at once — Active
// (taking a seat) or Inactive as the request says, with the organization's default role (SCIM
// never creates Owners) and an Auth.js user for their address, created or linked: no invitation.
import "server-only";
import { isMemberExternalIdTaken } from "@/db/queries/scim-users";
import { findOrCreateUserForEmail, insertProvisionedMember } from "@/db/queries/scim-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { assertSeatsAvailable } from "@/lib/members/seats";
import { scimRefusal } from "@/lib/scim/errors";
import { scimUserFieldsSchema } from "@/lib/validation/scim";
import { assertEmailFree } from "./guards";

export const provisionScimUser = defineOrgAction({
  scim: true,
  permission: "members.invite",
  schema: scimUserFieldsSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const role = organization.defaultRole === "owner" ? "developer" : organization.defaultRole;
    refuseUnless(whyCannotInviteAs(actor, role));
    await assertEmailFree(tx, { organizationId: organization.id, email: input.email });
    if (input.externalId && (await isMemberExternalIdTaken(tx, { organizationId: organization.id, externalId: input.externalId }))) {
      throw scimRefusal("conflict", "Another member already has this externalId.", { scimType: "uniqueness" });
    }
    const status = input.active === false ? "inactive" : "active";
    if (status === "active") await assertSeatsAvailable(tx, organization);

    const now = new Date();
    const userId = await findOrCreateUserForEmail(tx, { email: input.email, name: input.name, now });
    const member = await insertProvisionedMember(tx, {
      organizationId: organization.id,
      userId,
      email: input.email,
      name: input.name,
      phone: input.phone,
      department: input.department,
      jobTitle: input.jobTitle,
      role,
      status,
      externalId: input.externalId,
      joinedAt: now,
    });
    await ctx.audit({ action: "member.provisioned", target: memberTarget(member), metadata: { role, status, externalId: input.externalId } });
    return { id: member.id };
  },
});
