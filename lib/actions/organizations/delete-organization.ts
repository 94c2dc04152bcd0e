// Deletes the organization (Owner only, typed slug, recent re-authentication). Members, teams,
// invitations, audit events and queued emails go with it (foreign-key cascades); user accounts stay.
import "server-only";
import { deleteOrganizationRow } from "@/db/queries/organizations";
import { deleteOrganizationSchema } from "@/lib/validation/organizations";
import { assertTypedSlug, confirmIdentity, defineReauthAction } from "@/lib/actions/kernel/reauth-action";

export const deleteOrganization = defineReauthAction({
  permission: "organization.delete",
  schema: deleteOrganizationSchema,
  async handler(ctx, input) {
    const { tx, organization, identity } = ctx;
    assertTypedSlug(organization, input.confirmSlug);
    const confirmed = await confirmIdentity(ctx, "delete_organization", input.code);
    if ("refused" in confirmed) return confirmed;

    await deleteOrganizationRow(tx, organization.id);
    // The organization's audit log is deleted with it, so the server log keeps the record.
    console.info(
      `[organizations] deleted ${organization.slug} (${organization.id}) by user ${identity.user.id} (${confirmed.method})`,
    );
    return { done: { slug: organization.slug } };
  },
});
