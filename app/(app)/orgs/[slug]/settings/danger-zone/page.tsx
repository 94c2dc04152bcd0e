// Settings → Danger zone: deleting the organization (Owner only, re-authenticated, typed slug).
import type { Metadata } from "next";
import { DeleteOrganizationDialog } from "@/components/settings/delete-organization-dialog";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { getDb } from "@/db";
import { getMemberSummary } from "@/db/queries/members";
import { requireOrgContext } from "@/lib/auth/org-context";
import { currentSignInFreshness } from "@/lib/organizations/settings-data";
import { settingsSection } from "@/lib/organizations/settings-sections";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Danger zone" };

export default async function DangerZonePage({ params }: PageProps<"/orgs/[slug]/settings/danger-zone">) {
  const { slug } = await params;
  const { user, organization, member } = await requireOrgContext(slug);
  if (!can(member, settingsSection("danger-zone").manage)) {
    return <SettingsNotice title="Only an Owner can delete this organization">Ask an Owner if {organization.name} should be deleted.</SettingsNotice>;
  }
  const db = await getDb();
  const [summary, freshness] = await Promise.all([getMemberSummary(db, { organizationId: organization.id }), currentSignInFreshness(db, user.id)]);

  return (
    <SettingsCard
      tone="danger"
      title="Delete this organization"
      headingId="delete-heading"
      description={
        <>
          Permanently deletes <strong className="font-medium text-slate-900">{organization.name}</strong> with its{" "}
          {summary.total.toLocaleString("en-US")} {summary.total === 1 ? "member" : "members"}, teams, invitations and activity log. People
          keep their Roster accounts. This can&apos;t be undone.
        </>
      }
      footer={
        <DeleteOrganizationDialog slug={organization.slug} organizationName={organization.name} email={user.email} recentSignInSeconds={freshness} />
      }
    />
  );
}
