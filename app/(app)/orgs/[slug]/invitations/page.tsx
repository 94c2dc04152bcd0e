// Invitations view: every invitation of the organization with its status, inviter, send and expiry
// times and the delivery state of its latest email; Resend (Send again), Change, Cancel and Remove
// per row, Remove for a selection. Server-side paginated and filtered (status, email) from the URL.
// Only members who may invite see it.
import type { Metadata } from "next";
import Link from "next/link";
import { UserPlus } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { InvitationsNoAccess } from "@/components/invitations/list/invitations-no-access";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { emailDeliveryEnabled } from "@/lib/env";
import { loadInvitationsPage } from "@/lib/invitations/invitations-page-data";
import { invitationsSearch } from "@/lib/validation/invitations-search";
import { InvitationsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ params, searchParams }: PageProps<"/orgs/[slug]/invitations">) {
  const [{ slug }, rawSearch] = await Promise.all([params, searchParams]);
  const access = await requireOrgPermission(slug, "members.invite", { whenDenied: "render" });
  const { organization, member: viewer } = access;
  const membersHref = `/orgs/${organization.slug}/members`;
  const header = (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Invitations</h1>
        <p className="mt-1 text-sm text-slate-600">
          People invited to {organization.name}: whether they have accepted, and whether the email reached them.
        </p>
      </div>
      {access.allowed ? (
        <Link href={`${membersHref}?create=1`} className={buttonClasses("primary", "md")}>
          <UserPlus className="size-4" aria-hidden="true" />
          Invite someone
        </Link>
      ) : null}
    </header>
  );
  if (!access.allowed) {
    return (
      <div className="space-y-6">
        {header}
        <InvitationsNoAccess membersHref={membersHref} />
      </div>
    );
  }

  const search = invitationsSearch.parse(rawSearch);
  const { list, counts, teams, now } = await loadInvitationsPage(access, search);

  return (
    <div className="space-y-6">
      {header}
      <InvitationsPageClient
        slug={organization.slug}
        viewer={{ role: viewer.role, permissions: viewer.permissions }}
        list={list}
        counts={counts}
        teams={teams}
        expiryDays={organization.invitationExpiryDays}
        deliveryEnabled={emailDeliveryEnabled}
        now={now}
      />
    </div>
  );
}
