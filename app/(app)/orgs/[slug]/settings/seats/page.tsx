// Settings → Seats & Plan: plan, included, used and available seats for Owners and Admins; only
// the Owner changes the seat limit, Admins see it read-only.
import type { Metadata } from "next";
import { SeatLimitForm } from "@/components/settings/seat-limit-form";
import { SeatsSummary } from "@/components/settings/seats-summary";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { env } from "@/lib/env";
import { loadSeatsSettings } from "@/lib/organizations/settings-page-data";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "Seats & Plan" };

export default async function SeatsSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/seats">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("seats").view, { whenDenied: "render" });
  const { organization } = access;
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to seats and billing">Only Owners and Admins can see the plan and seats.</SettingsNotice>;
  }
  const { used, canManage, owners } = await loadSeatsSettings(access);

  return (
    <>
      <SettingsCard title="Seats & Plan" headingId="seats-heading" description="Seats in use against the seats your plan includes.">
        <SeatsSummary plan={organization.plan} included={organization.seatLimit} used={used} />
      </SettingsCard>
      {canManage ? (
        <SeatLimitForm
          key={organization.seatLimit}
          slug={organization.slug}
          seatLimit={organization.seatLimit}
          used={used}
          maxSeatLimit={env.ROSTER_MAX_SEAT_LIMIT}
        />
      ) : (
        <SettingsNotice title="Read-only" askPeople={owners}>
          Only an Owner can change the seat limit or the plan. You can see them because you are an Admin. Owners:
        </SettingsNotice>
      )}
    </>
  );
}
