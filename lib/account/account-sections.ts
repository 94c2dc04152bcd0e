// The sections of a person's own account page, in nav order. One list for the layout, the nav and
// /account's redirect.

export type AccountSectionId = "profile" | "organizations" | "notifications" | "sessions" | "api-keys";

export interface AccountSection {
  id: AccountSectionId;
  label: string;
  href: string;
}

export const ACCOUNT_SECTIONS: readonly AccountSection[] = [
  { id: "profile", label: "Profile", href: "/account/profile" },
  { id: "organizations", label: "Organizations", href: "/account/organizations" },
  { id: "notifications", label: "Notifications", href: "/account/notifications" },
  { id: "sessions", label: "Sessions", href: "/account/sessions" },
  { id: "api-keys", label: "API keys", href: "/account/api-keys" },
];
