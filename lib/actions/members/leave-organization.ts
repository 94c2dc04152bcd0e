// Leave organization: a member removes their own membership (and revokes their API keys), unless
// they are the last Owner.
import "server-only";
import { z } from "zod";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import { blockAutoJoin } from "@/db/queries/domains";
import { deleteMemberRow } from "@/db/queries/member-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberTarget } from "@/lib/audit";
import { assertAnotherOwnerRemains } from "@/lib/members/owners";

export const leaveOrganization = defineOrgAction({
  permission: "members.view",
  schema: z.object({}).strict(),
  async handler(ctx) {
    await assertAnotherOwnerRemains(ctx.tx, ctx.actor);
    // Their API keys go with the membership.
    await revokeMemberApiKeyRows(ctx.tx, { organizationId: ctx.organization.id, memberId: ctx.actor.id, revokedByUserId: ctx.identity.user.id });
    await deleteMemberRow(ctx.tx, { organizationId: ctx.organization.id, memberId: ctx.actor.id });
    // Auto-join must not pull them back in on their next sign-in.
    await blockAutoJoin(ctx.tx, { organizationId: ctx.organization.id, email: ctx.actor.email, reason: "left" });
    await ctx.audit({ action: "member.left", target: memberTarget(ctx.actor), metadata: { role: ctx.actor.role } });
    return { organizationSlug: ctx.organization.slug };
  },
});
