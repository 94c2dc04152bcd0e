// Settings → Webhooks → one endpoint: its URL, events and state, and its delivery log (status, the
// endpoint's answer, Resend), paged and filtered through the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { Badge } from "@/components/ui/badge";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadEndpointDeliveries } from "@/lib/event-webhooks/webhooks-page-data";
import { settingsSection } from "@/lib/organizations/settings-sections";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookEndpointPage({ params, searchParams }: PageProps<"/orgs/[slug]/settings/webhooks/[endpointId]">) {
  const { slug, endpointId } = await params;
  const access = await requireOrgPermission(slug, settingsSection("webhooks").view, { whenDenied: "render" });
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to settings">Only Owners and Admins manage the organization&apos;s webhooks.</SettingsNotice>;
  }
  const data = await loadEndpointDeliveries(access, endpointId, await searchParams);
  if (!data) notFound();
  const { endpoint, log, now } = data;
  return (
    <>
      <Link href={`/orgs/${access.organization.slug}/settings/webhooks`} className="inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden="true" />
        All endpoints
      </Link>
      <SettingsCard
        title="Delivery log"
        headingId="delivery-log-heading"
        description={
          <span className="flex flex-col gap-1">
            <span className="font-mono text-xs break-all text-slate-800">{endpoint.url}</span>
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={endpoint.enabled ? "green" : "gray"}>{endpoint.enabled ? "On" : "Off"}</Badge>
              <span>{endpoint.eventTypes.length === 0 ? "All events" : endpoint.eventTypes.join(", ")}</span>
            </span>
          </span>
        }
      >
        <div className="-mx-5 -my-5 sm:-mx-6">
          <DeliveryLog slug={access.organization.slug} log={log} now={now} canManage={can(access.member, "settings.manage")} />
        </div>
      </SettingsCard>
    </>
  );
}
