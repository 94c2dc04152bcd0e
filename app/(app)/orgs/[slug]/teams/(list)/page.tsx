// Teams: every team of the organization with its member count. Owners, Admins and Managers create,
// edit and delete teams here; everyone else sees the list read-only.
import type { Metadata } from "next";
import { getDb } from "@/db";
import { listTeamsWithCounts } from "@/db/queries/teams";
import { requireOrgContext } from "@/lib/auth/org-context";
import { can } from "@/lib/permissions";
import { TeamsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: PageProps<"/orgs/[slug]/teams">) {
  const { slug } = await params;
  const { organization, member } = await requireOrgContext(slug);
  const teams = await listTeamsWithCounts(await getDb(), { organizationId: organization.id });

  return (
    <TeamsPageClient
      slug={organization.slug}
      canManage={can(member, "teams.manage")}
      teams={teams.map((team) => ({ ...team, memberCount: Number(team.memberCount) }))}
    />
  );
}
