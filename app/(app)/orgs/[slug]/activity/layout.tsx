// The Activity section: its heading and tabs (the log, the overview, access reviews), each shown to
// those whose permissions open it; every page checks its own permission.
import { ActivityNav } from "@/components/activity/activity-nav";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { activityTabs } from "@/lib/activity/activity-sections";

export default async function ActivityLayout({ children, params }: LayoutProps<"/orgs/[slug]/activity">) {
  const { slug } = await params;
  const { organization, member } = await requireOrgPermission(slug, "members.view");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Activity</h1>
        <p className="mt-1 text-sm text-slate-600">Who changed what in {organization.name}, who is active, and regular access reviews.</p>
      </header>
      <ActivityNav slug={organization.slug} tabs={activityTabs(member)} />
      {children}
    </div>
  );
}
