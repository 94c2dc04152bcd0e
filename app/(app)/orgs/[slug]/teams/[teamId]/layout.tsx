// Checks the team exists in this organization before anything streams, so an unknown or foreign
// team id answers with a real 404 status (the page below renders inside a loading boundary).
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { requireTeam } from "@/lib/teams/teams-page-data";

export default async function TeamLayout({ children, params }: LayoutProps<"/orgs/[slug]/teams/[teamId]">) {
  const { slug, teamId } = await params;
  const { organization } = await requireOrgPermission(slug, "members.view");
  await requireTeam(organization.id, teamId);
  return children;
}
