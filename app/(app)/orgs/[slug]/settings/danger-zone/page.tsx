// Settings → Danger zone: deleting the organization (Owner only, re-authenticated, typed slug).
import type { Metadata } from "next";
import { DownloadActivityLogLink } from "@/components/exports/download-activity-log-link";
import { DeleteOrganizationDialog } from "@/components/settings/delete-organization-dialog";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadDangerZone } from "@/lib/organizations/settings-page-data";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "Danger zone" };

export default async function DangerZonePage({ params }: PageProps<"/orgs/[slug]/settings/danger-zone">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("danger-zone").manage, { whenDenied: "render" });
  const { user, organization } = access;
  if (!access.allowed) {
    return <SettingsNotice title="Only an Owner can delete this organization">Ask an Owner if {organization.name} should be deleted.</SettingsNotice>;
  }
  const { memberCount, freshness } = await loadDangerZone(access);

  return (
    <SettingsCard
      tone="danger"
      title="Delete this organization"
      headingId="delete-heading"
      description={
        <>
          Permanently deletes <strong className="font-medium text-slate-900">{organization.name}</strong> with its{" "}
          {memberCount.toLocaleString("en-US")} {memberCount === 1 ? "member" : "members"}, teams, invitations and activity log. People
          keep their Roster accounts. This can&apos;t be undone. Download the activity log first if you need to keep a record of
          it: it is deleted too.
        </>
      }
      footer={
        <>
          <DownloadActivityLogLink slug={organization.slug} />
          <DeleteOrganizationDialog slug={organization.slug} organizationName={organization.name} email={user.email} recentSignInSeconds={freshness} />
        </>
      }
    />
  );
}
