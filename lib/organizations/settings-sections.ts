// The Settings sections, who may see each and who may change it: the layout, the navigation and
// each page read this one list (the permission table itself stays in lib/permissions.ts).
import { can, type Actor, type Permission } from "@/lib/permissions";

export type SettingsSectionId = "general" | "seats" | "domains" | "scim" | "api-keys" | "webhooks" | "ownership" | "danger-zone";

export interface SettingsSection {
  id: SettingsSectionId;
  label: string;
  /** Needed to see the section (read-only when `manage` is not held too). */
  view: Permission;
  manage: Permission;
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { id: "general", label: "General", view: "settings.manage", manage: "settings.manage" },
  { id: "seats", label: "Seats & Plan", view: "billing.view", manage: "billing.manage" },
  { id: "domains", label: "Domains", view: "settings.manage", manage: "settings.manage" },
  { id: "scim", label: "SCIM", view: "settings.manage", manage: "settings.manage" },
  { id: "api-keys", label: "API keys", view: "settings.manage", manage: "settings.manage" },
  { id: "webhooks", label: "Webhooks", view: "settings.manage", manage: "settings.manage" },
  { id: "ownership", label: "Ownership", view: "settings.manage", manage: "organization.transfer" },
  { id: "danger-zone", label: "Danger zone", view: "organization.delete", manage: "organization.delete" },
];

export function visibleSettingsSections(actor: Actor): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => can(actor, section.view));
}

export function settingsSection(id: SettingsSectionId): SettingsSection {
  return SETTINGS_SECTIONS.find((section) => section.id === id)!;
}

export function settingsHref(slug: string, id: SettingsSectionId): string {
  return `/orgs/${slug}/settings/${id}`;
}
