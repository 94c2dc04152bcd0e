// Organization shell: only active members get in (anyone else sees a 404); every page under
// /orgs/[slug] renders inside the sidebar frame.
import type { Metadata } from "next";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { AppShell } from "@/components/shell/app-shell";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadBell } from "@/lib/notifications/notifications-page-data";
import { loadOrganizationSwitcher } from "@/lib/organizations/user-organizations";
import { ROLE_LABELS, can } from "@/lib/permissions";

export async function generateMetadata({ params }: LayoutProps<"/orgs/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const { organization } = await requireOrgPermission(slug, "members.view");
  return { title: { default: organization.name, template: `%s · ${organization.name} · Roster` } };
}

export default async function OrganizationLayout({ children, params }: LayoutProps<"/orgs/[slug]">) {
  const { slug } = await params;
  const context = await requireOrgPermission(slug, "members.view");
  const { user, organization, member } = context;
  const [{ organizations, creation }, bell] = await Promise.all([loadOrganizationSwitcher(user), loadBell(context)]);

  return (
    <AppShell
      current={{ name: organization.name, slug: organization.slug, roleLabel: ROLE_LABELS[member.role] }}
      organizations={organizations.map((org) => ({ name: org.name, slug: org.slug, roleLabel: ROLE_LABELS[org.role] }))}
      canCreateOrganization={creation.allowed}
      user={{ email: user.email, name: user.name }}
      showActivity={can(member, "audit.view")}
      bell={<NotificationBell slug={organization.slug} initial={bell} />}
    >
      {children}
    </AppShell>
  );
}
