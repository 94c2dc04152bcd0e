// Teams: every team of the organization with its member count. Owners, Admins and Managers create,
// edit and delete teams here; everyone else sees the list read-only.
import type { Metadata } from "next";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { can } from "@/lib/permissions";
import { loadTeamsPage } from "@/lib/teams/teams-page-data";
import { TeamsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: PageProps<"/orgs/[slug]/teams">) {
  const { slug } = await params;
  const context = await requireOrgPermission(slug, "members.view");
  const { organization, member } = context;
  const teams = await loadTeamsPage(context);

  return (
    <TeamsPageClient
      slug={organization.slug}
      canManage={can(member, "teams.manage")}
      teams={teams}
    />
  );
}
