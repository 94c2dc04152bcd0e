// Settings frame: heading and the sections this member may see (General, Seats & Plan, Ownership,
// Danger zone). Members who may see none get a plain "no access" notice instead of the pages.
import { SettingsNav } from "@/components/settings/settings-nav";
import { SettingsNotice } from "@/components/settings/settings-notice";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { loadSettingsFrame } from "@/lib/organizations/settings-page-data";

export default async function SettingsLayout({ children, params }: LayoutProps<"/orgs/[slug]/settings">) {
  const { slug } = await params;
  const context = await requireOrgPermission(slug, "members.view");
  const { organization } = context;
  const { sections, askPeople } = await loadSettingsFrame(context);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
        <p className="mt-1 text-sm text-slate-600">{organization.name}&apos;s details, seats and ownership.</p>
      </header>
      {sections.length === 0 ? (
        <SettingsNotice
          title="You don't have access to settings"
          askPeople={askPeople}
          backHref={`/orgs/${organization.slug}/members`}
        >
          Organization settings are managed by its Owners and Admins. Ask one of them if something needs to change:
        </SettingsNotice>
      ) : (
        <div className="gap-8 space-y-6 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:space-y-0">
          <SettingsNav slug={organization.slug} sections={sections.map(({ id, label }) => ({ id, label }))} />
          <div className="min-w-0 space-y-6">{children}</div>
        </div>
      )}
    </div>
  );
}
