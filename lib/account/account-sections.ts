// The sections of a person's own account page, in nav order. One list for the layout, the nav and
// /account's redirect; profile, organizations and notification preferences join it as they are built.

export type AccountSectionId = "sessions" | "api-keys";

export interface AccountSection {
  id: AccountSectionId;
  label: string;
  href: string;
}

export const ACCOUNT_SECTIONS: readonly AccountSection[] = [
  { id: "sessions", label: "Sessions", href: "/account/sessions" },
  { id: "api-keys", label: "API keys", href: "/account/api-keys" },
];
