// Creates an organization with the signed-in user as its Owner, if the operator's rule lets them
// (lib/organizations/creation-policy.ts). The rule is checked under the creation lock, so two
// "first users" of a fresh install in operators mode can't both get through.
import "server-only";
import type { Database } from "@/db/client";
import { anyOrganizationExists, createOrganizationWithOwner, lockOrganizationCreation } from "@/db/queries/organizations";
import { runTransaction } from "@/db/transaction";
import { invalidInput } from "@/lib/actions/kernel/field-errors";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { recordAudit } from "@/lib/audit";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { configuredOrgCreationPolicy } from "@/lib/organizations/creation-access";
import { mayCreateOrganization, type OrgCreationPolicy } from "@/lib/organizations/creation-policy";
import { createOrganizationSchema } from "@/lib/validation/organizations";

/** What the new-organization form shows: nothing yet, or why it failed (success redirects). */
export type CreateOrganizationState = ActionResult<never> | null;

export async function createOrganization(
  db: Database,
  identity: RequestIdentity,
  input: unknown,
  policy: OrgCreationPolicy = configuredOrgCreationPolicy(),
): Promise<ActionResult<{ slug: string }>> {
  const user = identity.user;
  if (!user) return fail("unauthenticated", "Your session has ended. Sign in again to create an organization.");

  const parsed = createOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);

  try {
    const outcome = await runTransaction(db, async (tx) => {
      await lockOrganizationCreation(tx);
      const decision = mayCreateOrganization({ ...policy, email: user.email, anyOrganizationExists: await anyOrganizationExists(tx) });
      if (!decision.allowed) return decision;
      const created = await createOrganizationWithOwner(tx, { ...parsed.data, owner: user });
      if (created) {
        const { organization, owner } = created;
        await recordAudit(tx, {
          organizationId: organization.id,
          actor: { userId: user.id, name: owner.name, email: owner.email, ip: identity.ip, userAgent: identity.userAgent },
          action: "organization.created",
          target: { type: "organization", id: organization.id, name: organization.name },
          metadata: { slug: organization.slug, ownerMemberId: owner.memberId },
        });
      }
      return { allowed: true as const, organization: created?.organization ?? null };
    });
    if (!outcome.allowed) return fail("forbidden", outcome.reason);
    if (!outcome.organization) {
      return fail("conflict", "That URL is already taken.", { slug: [`"${parsed.data.slug}" is already taken. Choose another URL.`] });
    }
    return ok({ slug: outcome.organization.slug });
  } catch (error) {
    console.error("[organizations] create failed:", error instanceof Error ? error.message : error);
    return fail("internal", "The organization could not be created. Please try again.");
  }
}
