// /settings opens the first section this member may see (the layout explains when there is none).
import { redirect } from "next/navigation";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { settingsHref, visibleSettingsSections } from "@/lib/organizations/settings-sections";

export default async function SettingsIndexPage({ params }: PageProps<"/orgs/[slug]/settings">) {
  const { slug } = await params;
  const { organization, member } = await requireOrgPermission(slug, "members.view");
  const [first] = visibleSettingsSections(member);
  if (first) redirect(settingsHref(organization.slug, first.id));
  return null;
}
