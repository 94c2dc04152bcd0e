// Account → Notifications: the signed-in person's notification preferences, one organization at a
// time (?org=<slug>, default the first). Preferences belong to a membership, so the organization's
// gate applies as on its own pages.
import type { Metadata } from "next";
import Link from "next/link";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { cn } from "@/components/ui/cn";
import { Card } from "@/components/ui/card";
import { loadAccountOrganizations } from "@/lib/account/account-page-data";
import { requireUser } from "@/lib/auth/org-context";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadPreferences } from "@/lib/notifications/notifications-page-data";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: PageProps<"/account/notifications">) {
  const user = await requireUser();
  const organizations = await loadAccountOrganizations(user);
  if (organizations.length === 0) {
    return (
      <Card className="px-5 py-6 text-sm text-slate-600 sm:px-6">
        <h2 className="mb-1 text-base font-semibold text-slate-900">Notifications</h2>
        Notification settings belong to an organization; you are not a member of any.
      </Card>
    );
  }
  const asked = (await searchParams).org;
  const current = organizations.find((org) => org.slug === asked) ?? organizations[0]!;
  const context = await requireOrgPermission(current.slug, "members.view");
  const preferences = await loadPreferences(context);

  return (
    <>
      {organizations.length > 1 ? (
        <nav aria-label="Organization" className="flex flex-wrap gap-2">
          {organizations.map((org) => (
            <Link
              key={org.slug}
              href={`/account/notifications?org=${encodeURIComponent(org.slug)}`}
              aria-current={org.slug === current.slug ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm font-medium",
                org.slug === current.slug ? "border-indigo-600 bg-indigo-50 text-indigo-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {org.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <NotificationPreferencesForm
        key={current.slug}
        slug={current.slug}
        organizationName={context.organization.name}
        general={preferences.general}
        overrides={preferences.overrides}
        teams={preferences.teams}
      />
    </>
  );
}
