// Teams: every team of the organization with its member count, filtered and sorted by the URL.
// Owners, Admins and Managers create, edit and delete teams here; everyone else sees the list read-only.
import type { Metadata } from "next";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { can } from "@/lib/permissions";
import { loadTeamsPage } from "@/lib/teams/teams-page-data";
import { teamsListSearch } from "@/lib/validation/teams";
import { TeamsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params, searchParams }: PageProps<"/orgs/[slug]/teams">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.view");
  const teams = await loadTeamsPage(context, teamsListSearch.parse(raw));
  return <TeamsPageClient slug={context.organization.slug} canManage={can(context.member, "teams.manage")} teams={teams} />;
}
