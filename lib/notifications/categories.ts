// The kinds of notification a member can hear of, each with its label, whether it concerns a team
// (so a team's own setting can override it) and how it reaches a member who never chose.
import type { EmailFrequency } from "@/db/schema/enums";

export const NOTIFICATION_CATEGORIES = [
  "role_changed",
  "team_membership",
  "team_invitation",
  "invitation_update",
  "ownership",
  "seats",
  "domain_join",
  "bulk_message",
] as const;

export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export interface CategoryInfo {
  label: string;
  description: string;
  /** A team's own setting can override the general one. */
  perTeam: boolean;
  /** Email frequency for a member who never chose (the bell is on by default). */
  defaultEmail: EmailFrequency;
  /** Its email is a security notice the change always sends itself: preferences govern only the bell. */
  emailAlwaysSent?: boolean;
}

export const CATEGORY_INFO: Record<NotificationCategory, CategoryInfo> = {
  role_changed: { label: "Role changes", description: "Your role in the organization changed.", perTeam: false, defaultEmail: "realtime" },
  team_membership: { label: "Team membership", description: "You were added to or removed from a team.", perTeam: true, defaultEmail: "daily" },
  team_invitation: { label: "Team invitations", description: "Someone invited you to join a team.", perTeam: true, defaultEmail: "realtime" },
  invitation_update: {
    label: "Invitations you sent",
    description: "Someone accepted your invitation, or it expired.",
    perTeam: false,
    defaultEmail: "daily",
  },
  ownership: {
    label: "Ownership",
    description: "The organization's ownership was transferred to you. The email is always sent.",
    perTeam: false,
    defaultEmail: "realtime",
    emailAlwaysSent: true,
  },
  seats: { label: "Seat limit", description: "Every seat is in use (Owners and Admins).", perTeam: false, defaultEmail: "realtime" },
  domain_join: {
    label: "People joining through your domains",
    description: "Someone on a verified domain joined by auto-join, asked to join, or found no seat free (Owners and Admins).",
    perTeam: false,
    defaultEmail: "realtime",
  },
  bulk_message: { label: "Messages from admins", description: "A message sent to you and other members.", perTeam: false, defaultEmail: "realtime" },
};

export const EMAIL_FREQUENCY_LABELS: Record<EmailFrequency, string> = {
  realtime: "Right away",
  daily: "Daily digest",
  weekly: "Weekly digest",
  off: "Off",
};
