// Home: sends each visitor where they belong — sign-in, their only organization, the chooser
// (also for someone in none whose verified domain offers one), or creating a first organization.
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/lib/auth/org-context";
import { hasDomainJoinOffer, loadUserOrganizations } from "@/lib/organizations/user-organizations";

export default async function HomePage() {
  await connection();
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const organizations = await loadUserOrganizations(user);
  if (organizations.length === 0) redirect((await hasDomainJoinOffer(user)) ? "/orgs" : "/orgs/new");
  if (organizations.length === 1 && organizations[0]) redirect(`/orgs/${organizations[0].slug}/members`);
  redirect("/orgs");
}
