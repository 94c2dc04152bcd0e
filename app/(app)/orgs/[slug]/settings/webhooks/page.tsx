// Settings → Webhooks (Owners and Admins): the organization's event webhook endpoints.
import type { Metadata } from "next";
import Link from "next/link";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { WebhookEndpoints } from "@/components/webhooks/webhook-endpoints";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadWebhookEndpoints } from "@/lib/event-webhooks/webhooks-page-data";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/webhooks">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("webhooks").view, { whenDenied: "render" });
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to settings">Only Owners and Admins manage the organization&apos;s webhooks.</SettingsNotice>;
  }
  const { endpoints, canManage } = await loadWebhookEndpoints(access);
  return (
    <>
      <WebhookEndpoints slug={access.organization.slug} endpoints={endpoints} canManage={canManage} />
      <p className="text-sm text-slate-600">
        Payloads, signatures and retries are described in the{" "}
        <Link href="/api-reference#webhooks" className="font-medium text-indigo-700 hover:underline">
          API reference
        </Link>
        .
      </p>
    </>
  );
}
