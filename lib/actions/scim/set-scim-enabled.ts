// Settings → SCIM: turns provisioning on or off. Off, every SCIM request answers 403 (tokens
// stay, so turning it back on needs no new token).
import "server-only";
import { setScimEnabled as writeScimEnabled } from "@/db/queries/scim-tokens";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { setScimEnabledSchema } from "@/lib/validation/scim";

export const setScimEnabled = defineOrgAction({
  permission: "settings.manage",
  schema: setScimEnabledSchema,
  async handler({ tx, organization, audit }, input) {
    if (organization.scimEnabled === input.enabled) return { enabled: input.enabled };
    await writeScimEnabled(tx, { organizationId: organization.id, enabled: input.enabled });
    await audit({ action: input.enabled ? "scim.enabled" : "scim.disabled", target: { type: "organization", id: organization.id, name: organization.name } });
    return { enabled: input.enabled };
  },
});
