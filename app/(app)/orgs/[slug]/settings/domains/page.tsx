// Settings → Domains (Owners and Admins): verified domains with their TXT records and auto-join,
// requests to join, and people on the domains who aren't members.
import type { Metadata } from "next";
import { DomainPeopleCard } from "@/components/domains/domain-people-card";
import { DomainsCard } from "@/components/domains/domains-card";
import { JoinRequestsCard } from "@/components/domains/join-requests-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadDomainsPage } from "@/lib/domains/domains-page-data";
import { domainPeopleState } from "@/lib/domains/people-state";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsSettingsPage({ params, searchParams }: PageProps<"/orgs/[slug]/settings/domains">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("domains").manage, { whenDenied: "render" });
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to domains">Only Owners and Admins manage the organization&apos;s verified domains.</SettingsNotice>;
  }
  const data = await loadDomainsPage(access, domainPeopleState.parse(await searchParams));
  const { organization } = access;
  return (
    <>
      <DomainsCard slug={organization.slug} domains={data.domains} teams={data.teams} roles={data.roles} now={data.now} />
      <JoinRequestsCard slug={organization.slug} requests={data.requests} roles={data.roles} seats={data.seats} now={data.now} />
      <DomainPeopleCard people={data.people} hasVerified={data.domains.some((d) => d.status === "verified")} now={data.now} />
    </>
  );
}
