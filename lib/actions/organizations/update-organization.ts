// General settings: name, URL slug (unique), default role for new members, invitation expiry.
import "server-only";
import { isSlugTaken, updateOrganizationSettings } from "@/db/queries/organizations";
import { isUniqueViolation } from "@/db/transaction";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { updateOrganizationSchema } from "@/lib/validation/organizations";

const slugTaken = (slug: string) =>
  new ActionError("conflict", "That URL is already taken.", { slug: [`"${slug}" is already taken. Choose another URL.`] });

export const updateOrganization = defineOrgAction({
  permission: "settings.manage",
  schema: updateOrganizationSchema,
  async handler({ tx, organization, audit }, input) {
    if (input.slug !== organization.slug && (await isSlugTaken(tx, { slug: input.slug, exceptOrganizationId: organization.id }))) {
      throw slugTaken(input.slug);
    }

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ["name", "slug", "defaultRole", "invitationExpiryDays"] as const) {
      if (organization[key] !== input[key]) changes[key] = { from: organization[key], to: input[key] };
    }
    if (Object.keys(changes).length === 0) return { slug: organization.slug, changed: [] as string[] };

    try {
      await updateOrganizationSettings(tx, organization.id, input);
    } catch (error) {
      // Another organization took the slug between the check and the write.
      if (isUniqueViolation(error)) throw slugTaken(input.slug);
      throw error;
    }
    await audit({
      action: "organization.updated",
      target: { type: "organization", id: organization.id, name: input.name },
      metadata: { changes },
    });
    return { slug: input.slug, changed: Object.keys(changes) };
  },
});
