// Settings → General: name, URL slug, default role and invitation expiry (Owners and Admins).
import type { Metadata } from "next";
import { GeneralSettingsForm } from "@/components/settings/general-settings-form";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/general">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("general").manage, { whenDenied: "render" });
  const { organization } = access;
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to settings">Only Owners and Admins can change the organization&apos;s settings.</SettingsNotice>;
  }
  const defaultRole = organization.defaultRole === "owner" ? "developer" : organization.defaultRole;
  return (
    <GeneralSettingsForm
      key={organization.updatedAt.getTime()}
      slug={organization.slug}
      initial={{ name: organization.name, slug: organization.slug, defaultRole, invitationExpiryDays: organization.invitationExpiryDays }}
    />
  );
}
