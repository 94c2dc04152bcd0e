// Settings → Ownership: who owns the organization, and for an Owner the transfer to an Admin
// (re-authenticated, typed slug). Admins see the Owners read-only.
import type { Metadata } from "next";
import { OwnersList } from "@/components/settings/owners-list";
import { SettingsCard } from "@/components/settings/settings-card";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { TransferOwnershipDialog } from "@/components/settings/transfer-ownership-dialog";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadOwnershipSettings } from "@/lib/organizations/settings-page-data";
import { settingsSection } from "@/lib/organizations/settings-sections";

export const metadata: Metadata = { title: "Ownership" };

export default async function OwnershipSettingsPage({ params }: PageProps<"/orgs/[slug]/settings/ownership">) {
  const { slug } = await params;
  const access = await requireOrgPermission(slug, settingsSection("ownership").view, { whenDenied: "render" });
  const { user, organization, member } = access;
  if (!access.allowed) {
    return <SettingsNotice title="You don't have access to settings">Only Owners and Admins can see the organization&apos;s ownership.</SettingsNotice>;
  }
  const { canTransfer, owners, admins, freshness } = await loadOwnershipSettings(access);

  return (
    <>
      <SettingsCard title="Owners" headingId="owners-heading" description="Owners manage seats and the plan, transfer ownership and can delete the organization.">
        <OwnersList owners={owners} viewerMemberId={member.id} />
      </SettingsCard>
      {canTransfer ? (
        <SettingsCard
          title="Transfer ownership"
          headingId="transfer-heading"
          description={
            <>
              Make an active Admin the Owner. You become an Admin and can&apos;t undo it yourself.
            </>
          }
          footer={
            <TransferOwnershipDialog
              slug={organization.slug}
              organizationName={organization.name}
              candidates={admins.map(({ id, name, email }) => ({ id, name, email }))}
              email={user.email}
              recentSignInSeconds={freshness}
            />
          }
        >
          <p className="text-sm text-slate-600">
            {admins.length === 0
              ? "There are no active Admins yet. Make a member an Admin on the Members page first."
              : `Can become the Owner: ${admins.map((a) => a.name).join(", ")}.`}
          </p>
        </SettingsCard>
      ) : (
        <SettingsNotice title="Only an Owner can transfer ownership">
          You are {member.role === "admin" ? "an Admin" : "not an Owner"} of {organization.name}. Ask an Owner if the organization should change hands.
        </SettingsNotice>
      )}
    </>
  );
}
