// Settings → Domains: removes a domain. Auto-join through it stops at once; members who joined
// through it stay; another organization may then claim it.
import "server-only";
import { deleteDomain, lockDomain } from "@/db/queries/domains";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { domainIdSchema } from "@/lib/validation/domains";

export const removeDomain = defineOrgAction({
  permission: "settings.manage",
  schema: domainIdSchema,
  async handler({ tx, organization, audit }, { domainId }) {
    const scope = { organizationId: organization.id, domainId };
    const domain = await lockDomain(tx, scope);
    if (!domain) refuse("not_found", "That domain isn't on this organization's list.");
    await deleteDomain(tx, scope);
    await audit({ action: "domain.removed", target: { type: "domain", id: domain.id, name: domain.domain }, metadata: { status: domain.status, autoJoin: domain.autoJoin } });
    return { id: domain.id };
  },
});
