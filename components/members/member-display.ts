// Labels, tones and formatting shared by the members dashboard's components (no React).
import type { MemberStatus, Plan, Role } from "@/db/schema/enums";
import type { BadgeTone } from "@/components/ui/badge";
import type { ActivityLevel, JoinedWindow } from "@/lib/validation/members-search";

export const STATUS_LABELS: Record<MemberStatus, string> = {
  active: "Active",
  inactive: "Inactive",
  pending: "Pending",
};

/** The seeds' colors: Active green, Inactive red, Pending orange. */
export const STATUS_TONES: Record<MemberStatus, BadgeTone> = {
  active: "green",
  inactive: "red",
  pending: "orange",
};

export const ROLE_TONES: Record<Role, BadgeTone> = {
  owner: "purple",
  admin: "indigo",
  manager: "blue",
  developer: "teal",
  analyst: "gray",
  viewer: "gray",
};

export const PLAN_LABELS: Record<Plan, string> = {
  free: "Free",
  team: "Team",
  business: "Business",
  enterprise: "Enterprise",
};

export const JOINED_LABELS: Record<JoinedWindow, string> = {
  7: "Last 7 days",
  30: "Last 30 days",
  90: "Last 90 days",
};

export const ACTIVITY_LABELS: Record<ActivityLevel, { label: string; hint: string }> = {
  active: { label: "Active", hint: "last 7 days" },
  low: { label: "Low activity", hint: "7–30 days ago" },
  inactive: { label: "Inactive", hint: "30+ days or never" },
};

const numberFormat = new Intl.NumberFormat("en-US");
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "member.role_changed" → "Role changed"; known actions get hand-written wording. */
const ACTION_LABELS: Record<string, string> = {
  "member.created": "Member created",
  "member.invited": "Invited",
  "member.joined": "Joined the organization",
  "member.updated": "Details updated",
  "member.role_changed": "Role changed",
  "member.disabled": "Disabled",
  "member.enabled": "Re-enabled",
  "member.removed": "Removed",
  "member.left": "Left the organization",
  "member.sessions_ended": "Signed out of all sessions",
  "invitation.accepted": "Accepted the invitation",
  "invitations.imported": "Invited from a CSV import",
  "invitations.bulk_sent": "Sent invitations in bulk",
  "invitation.declined": "Declined the invitation",
  "team.member_added": "Added to a team",
  "team.member_removed": "Removed from a team",
};

export function describeAuditAction(action: string, metadata: Record<string, unknown>): string {
  const base =
    ACTION_LABELS[action] ??
    capitalize(
      (action.split(".").pop() ?? action)
        .replace(/[_-]+/g, " ")
        .trim(),
    );
  const from = metadata.from ?? metadata.oldRole;
  const to = metadata.to ?? metadata.newRole ?? metadata.role;
  if (action.endsWith("role_changed") && typeof from === "string" && typeof to === "string") {
    return `${base} from ${capitalize(from)} to ${capitalize(to)}`;
  }
  const team = metadata.teamName ?? metadata.team;
  if (action.startsWith("team.") && typeof team === "string") return `${base}: ${team}`;
  return base;
}
