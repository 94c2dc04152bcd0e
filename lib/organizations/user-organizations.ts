// The organizations a signed-in person belongs to and whether they may create another: what the
// organization switcher, the chooser, the new-organization page and the home redirect show.
import "server-only";
import { getDb } from "@/db";
import { listUserOrganizations, type UserOrganization } from "@/db/queries/organizations";
import type { SessionUser } from "@/lib/auth/org-context";
import { organizationCreationFor } from "./creation-access";
import type { OrgCreationDecision } from "./creation-policy";

export async function loadUserOrganizations(user: SessionUser): Promise<UserOrganization[]> {
  return listUserOrganizations(await getDb(), user.id);
}

/** The user's organizations and the operator's answer to "may they create one?". */
export async function loadOrganizationChoices(user: SessionUser): Promise<{ organizations: UserOrganization[]; creation: OrgCreationDecision }> {
  const db = await getDb();
  const organizations = await listUserOrganizations(db, user.id);
  const creation = await organizationCreationFor(db, { email: user.email, memberOfAny: organizations.length > 0 });
  return { organizations, creation };
}
