// The organizations a signed-in person belongs to and whether they may create another: what the
// organization switcher, the chooser, the new-organization page and the home redirect show.
import "server-only";
import { getDb } from "@/db";
import { listUserOrganizations, type UserOrganization } from "@/db/queries/organizations";
import type { SessionUser } from "@/lib/auth/org-context";
import { findDomainJoinOffer, type DomainJoinOffer } from "@/lib/domains/join-offer";
import { organizationCreationFor } from "./creation-access";
import type { OrgCreationDecision } from "./creation-policy";

export async function loadUserOrganizations(user: SessionUser): Promise<UserOrganization[]> {
  return listUserOrganizations(await getDb(), user.id);
}

/** The organization switcher's data: the user's organizations and whether they may create another. */
export async function loadOrganizationSwitcher(user: SessionUser): Promise<{ organizations: UserOrganization[]; creation: OrgCreationDecision }> {
  const db = await getDb();
  const organizations = await listUserOrganizations(db, user.id);
  return { organizations, creation: await organizationCreationFor(db, { email: user.email, memberOfAny: organizations.length > 0 }) };
}

/**
 * The user's organizations, the operator's answer to "may they create one?", and what the
 * organization on their address's verified domain offers them (join, ask, or why not), if any.
 */
export async function loadOrganizationChoices(
  user: SessionUser,
): Promise<{ organizations: UserOrganization[]; creation: OrgCreationDecision; domainOffer: DomainJoinOffer | null }> {
  const [switcher, domainOffer] = await Promise.all([loadOrganizationSwitcher(user), findDomainJoinOffer(await getDb(), user)]);
  return { ...switcher, domainOffer };
}

/** Whether the home page should open the chooser for someone in no organization (a domain offers them one). */
export async function hasDomainJoinOffer(user: SessionUser): Promise<boolean> {
  return (await findDomainJoinOffer(await getDb(), user)) !== null;
}
