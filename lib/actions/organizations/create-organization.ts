"use server";
// Creates an organization with the signed-in user as its Owner, then opens its members page.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { createOrganizationWithOwner } from "@/db/queries/organizations";
import type { Organization } from "@/db/schema";
import { getSessionUser } from "@/lib/auth/org-context";
import { fail, type ActionResult, type FieldErrors } from "@/lib/errors";
import { createOrganizationSchema } from "@/lib/validation/organizations";

export type CreateOrganizationState = ActionResult<never> | null;

export async function createOrganization(_previous: CreateOrganizationState, formData: FormData): Promise<CreateOrganizationState> {
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated", "Your session has ended. Sign in again to create an organization.");

  const parsed = createOrganizationSchema.safeParse({ name: formData.get("name"), slug: formData.get("slug") });
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    return fail("invalid_input", "Please correct the highlighted fields.", fieldErrors);
  }

  let organization: Organization | null;
  try {
    const [db, requestHeaders] = await Promise.all([getDb(), headers()]);
    organization = await createOrganizationWithOwner(db, {
      ...parsed.data,
      owner: user,
      ip: requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() ?? requestHeaders.get("x-real-ip"),
      userAgent: requestHeaders.get("user-agent"),
    });
  } catch (error) {
    console.error("[organizations] create failed:", error instanceof Error ? error.message : error);
    return fail("internal", "The organization could not be created. Please try again.");
  }
  if (!organization) {
    return fail("conflict", "That URL is already taken.", {
      slug: [`"${parsed.data.slug}" is already taken. Choose another URL.`],
    });
  }
  redirect(`/orgs/${organization.slug}/members`);
}
