// Settings → SCIM (Owners and Admins): turn provisioning on or off, the base URL, bearer tokens
// (generate, rotate with a grace period, revoke) and the log of recent SCIM requests.
import type { Metadata } from "next";
import { ScimRequestLog } from "@/components/scim/scim-request-log";
import { ScimSwitchCard } from "@/components/scim/scim-switch-card";
import { ScimTokensCard } from "@/components/scim/scim-tokens-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { settingsSection } from "@/lib/organizations/settings-sections";
import { scimLogState } from "@/lib/scim/request-log-state";
import { loadScimSettings } from "@/lib/scim/scim-settings-page-data";

export const metadata: Metadata = { title: "SCIM" };

export default async function ScimSettingsPage({ params, searchParams }: PageProps<"/orgs/[slug]/settings/scim">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("scim").manage, { whenDenied: "render" });
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to SCIM">Only Owners and Admins can manage SCIM provisioning.</SettingsNotice>;
  }
  const { enabled, baseUrl, tokens, log, now } = await loadScimSettings(access, scimLogState.parse(await searchParams));
  const { organization } = access;
  return (
    <>
      <ScimSwitchCard key={String(enabled)} slug={organization.slug} enabled={enabled} baseUrl={baseUrl} />
      <ScimTokensCard slug={organization.slug} tokens={tokens} now={now} />
      <ScimRequestLog log={log} now={now} />
    </>
  );
}
