// Settings → API keys (Owners and Admins): the organization's key policy, and every live key with
// its member, to revoke any of them. Members manage their own keys on Account → API keys.
import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyPolicyForm } from "@/components/api-keys/api-key-policy-form";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { loadOrganizationApiKeys } from "@/lib/api-keys/api-keys-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/api-keys">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("api-keys").view, { whenDenied: "render" });
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to settings">Only Owners and Admins can see the organization&apos;s API keys.</SettingsNotice>;
  }
  const { policy, canManage, keys, now } = await loadOrganizationApiKeys(access);
  return (
    <>
      <ApiKeyPolicyForm slug={access.organization.slug} initial={policy} canManage={canManage} />
      <SettingsCard
        title="Keys in use"
        headingId="org-keys-heading"
        description={
          <>
            Every live key in {access.organization.name}. Revoke one and its next request is refused. People create their own keys on{" "}
            <Link href="/account/api-keys" className="font-medium text-indigo-700 hover:underline">
              Account → API keys
            </Link>
            ; see the{" "}
            <Link href="/api-reference" className="font-medium text-indigo-700 hover:underline">
              API reference
            </Link>
            .
          </>
        }
      >
        <div className="-mx-5 -my-5 sm:-mx-6">
          <ApiKeysTable slug={access.organization.slug} keys={keys} now={now} showMember emptyText="Nobody in this organization has an API key yet." />
        </div>
      </SettingsCard>
    </>
  );
}
