// Checks the team exists in this organization before anything streams, so an unknown or foreign
// team id answers with a real 404 status (the page below renders inside a loading boundary).
import { requireTeamContext } from "./team-context";

export default async function TeamLayout({ children, params }: LayoutProps<"/orgs/[slug]/teams/[teamId]">) {
  const { slug, teamId } = await params;
  await requireTeamContext(slug, teamId);
  return children;
}
