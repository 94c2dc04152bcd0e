// Settings → Domains: a domain's auto-join — on or off, the role people join with (never Owner,
// and only a role the actor may give) and their teams (this organization's only).
import "server-only";
import { lockDomain, updateDomain } from "@/db/queries/domains";
import { findTeamIds } from "@/db/queries/teams";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseField, refuseUnless } from "@/lib/actions/kernel/refusals";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { updateAutoJoinSchema } from "@/lib/validation/domains";

export const updateAutoJoin = defineOrgAction({
  permission: "settings.manage",
  schema: updateAutoJoinSchema,
  async handler({ tx, organization, actor, audit }, input) {
    const scope = { organizationId: organization.id, domainId: input.domainId };
    const domain = await lockDomain(tx, scope);
    if (!domain) refuse("not_found", "That domain isn't on this organization's list.");
    if (input.autoJoin && domain.status !== "verified") refuseField("invalid_input", "autoJoin", "Verify the domain before turning auto-join on.");
    refuseUnless(whyCannotInviteAs(actor, input.role));
    const teamIds = [...new Set(input.teamIds)];
    const known = await findTeamIds(tx, { organizationId: organization.id, teamIds });
    if (known.length !== teamIds.length) refuseField("not_found", "teamIds", "One of the teams doesn't exist in this organization.");
    const updated = await updateDomain(tx, scope, { autoJoin: input.autoJoin, autoJoinRole: input.role, autoJoinTeamIds: teamIds });
    await audit({
      action: "domain.auto_join_updated",
      target: { type: "domain", id: domain.id, name: domain.domain },
      metadata: {
        changes: {
          autoJoin: { from: domain.autoJoin, to: updated.autoJoin },
          role: { from: domain.autoJoinRole, to: updated.autoJoinRole },
          teamIds: { from: domain.autoJoinTeamIds, to: updated.autoJoinTeamIds },
        },
      },
    });
    return { id: updated.id, autoJoin: updated.autoJoin, role: updated.autoJoinRole, teamIds: updated.autoJoinTeamIds };
  },
});
