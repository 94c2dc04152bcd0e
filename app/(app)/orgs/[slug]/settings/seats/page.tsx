// Settings → Seats & Plan: plan, included, used and available seats for Owners and Admins; only
// the Owner changes the seat limit, Admins see it read-only.
import type { Metadata } from "next";
import { SeatLimitForm } from "@/components/settings/seat-limit-form";
import { SeatsSummary } from "@/components/settings/seats-summary";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { getDb } from "@/db";
import { countSeatsUsed } from "@/db/queries/members";
import { requireOrgContext } from "@/lib/auth/org-context";
import { env } from "@/lib/env";
import { listActiveMembersWithRoles } from "@/lib/organizations/settings-data";
import { settingsSection } from "@/lib/organizations/settings-sections";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Seats & Plan" };

export default async function SeatsSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/seats">) {
  const { slug } = await params;
  const { organization, member } = await requireOrgContext(slug);
  const section = settingsSection("seats");
  if (!can(member, section.view)) {
    return <SettingsNotice title="You don't have access to seats and billing">Only Owners and Admins can see the plan and seats.</SettingsNotice>;
  }
  const db = await getDb();
  const used = await countSeatsUsed(db, organization.id);
  const canManage = can(member, section.manage);
  const owners = canManage ? [] : await listActiveMembersWithRoles(db, { organizationId: organization.id, roles: ["owner"], limit: 5 });

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
