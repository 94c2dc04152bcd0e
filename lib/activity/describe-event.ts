// What an audit event changed, read from its metadata the same way everywhere (the log, the
// member timeline, the CSV): fields with before → after, and short details ("3 sessions"). Actions
// record either `changes: { field: { from, to } }` or, for one field, `{ from, to }`.
import { PERMISSION_LABELS, ROLE_LABELS, type Permission, type Role } from "@/lib/permissions";
import { actionLabel } from "./action-catalog";

export interface EventChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface DescribedEvent {
  label: string;
  changes: EventChange[];
  details: string[];
}

export interface DescribableEvent {
  action: string;
  metadata: Record<string, unknown>;
  targetName?: string | null;
}

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  email: "Email",
  phone: "Phone",
  department: "Department",
  jobTitle: "Job title",
  role: "Role",
  status: "Status",
  permissions: "Permissions",
  teams: "Teams",
  slug: "URL",
  defaultRole: "Default role",
  invitationExpiryDays: "Invitation expiry (days)",
  seatLimit: "Seat limit",
  apiAccess: "API access",
  teamRole: "Team role",
  apiKeyMaxExpiryDays: "Longest API key expiry (days)",
  apiKeysMayNotExpire: "API keys may never expire",
};

/** Which field a bare `{ from, to }` belongs to, by action. */
const SINGLE_FIELD: Record<string, string> = {
  "member.role_changed": "role",
  "invitation.updated": "role",
  "organization.seat_limit_changed": "seatLimit",
  "team.member_role_changed": "teamRole",
  "member.api_access_changed": "apiAccess",
};

const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  inactive: "Inactive",
  pending: "Pending",
  // Invitations'
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  cancelled: "Cancelled",
  bounced: "Bounced",
};
const TEAM_ROLE_LABELS: Record<string, string> = { maintainer: "Maintainer", member: "Member" };
const API_ACCESS_LABELS: Record<string, string> = { full: "Full", read_only: "Read only", none: "None" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as people read it, in the field's terms. */
export function formatValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((item) => formatValue(field, item) ?? "").join(", ");
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const text = String(value);
  if (field === "role" || field === "defaultRole") return ROLE_LABELS[text as Role] ?? text;
  if (field === "status" || field === "previousStatus") return STATUS_LABELS[text] ?? text;
  if (field === "teamRole") return TEAM_ROLE_LABELS[text] ?? text;
  if (field === "apiAccess") return API_ACCESS_LABELS[text] ?? text;
  if (field === "permissions") return PERMISSION_LABELS[text as Permission] ?? text;
  return isRecord(value) ? JSON.stringify(value) : text;
}

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

function change(field: string, from: unknown, to: unknown): EventChange {
  return { field: fieldLabel(field), before: formatValue(field, from), after: formatValue(field, to) };
}

function changesOf(action: string, metadata: Record<string, unknown>, targetName: string | null | undefined): EventChange[] {
  if (isRecord(metadata.changes)) {
    return Object.entries(metadata.changes).flatMap(([field, value]) => (isRecord(value) ? [change(field, value.from, value.to)] : []));
  }
  const single = SINGLE_FIELD[action];
  if (single && ("from" in metadata || "to" in metadata)) return [change(single, metadata.from, metadata.to)];
  if (action === "organization.api_key_policy_changed" && isRecord(metadata.before) && isRecord(metadata.after)) {
    const before = metadata.before;
    const after = metadata.after;
    return Object.keys(after)
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => change(key, before[key], after[key]));
  }
  if (action === "member.disabled") return [change("status", "active", "inactive")];
  if (action === "member.enabled") return [change("status", "inactive", metadata.status ?? "active")];
  if (action === "team.updated" && typeof metadata.previousName === "string") return [change("name", metadata.previousName, targetName)];
  return [];
}

const plural = (n: unknown, one: string, many = `${one}s`) => `${Number(n).toLocaleString("en-US")} ${Number(n) === 1 ? one : many}`;

function detailsOf(action: string, m: Record<string, unknown>): string[] {
  const details: string[] = [];
  // The text is built only when its condition holds (it may read what is absent otherwise).
  const push = (condition: unknown, text: () => string) => void (condition ? details.push(text()) : undefined);
  switch (action) {
    case "member.invited":
    case "member.created":
    case "invitation.accepted":
      push(m.role, () => `Role: ${formatValue("role", m.role)}`);
      push(Array.isArray(m.teamIds) && m.teamIds.length > 0, () => `Teams: ${(m.teamIds as unknown[]).length}`);
      push(m.source === "bulk_invite", () => "Invite Members (bulk)");
      push(m.source === "csv_import", () => "Bulk Import (CSV)");
      break;
    case "member.removed":
    case "member.left":
      push(m.role, () => `Was ${formatValue("role", m.role)}`);
      push(Number(m.revokedApiKeys) > 0, () => `${plural(m.revokedApiKeys, "API key")} revoked`);
      break;
    case "member.sessions_ended":
      push(m.count !== undefined, () => plural(m.count, "session"));
      break;
    case "invitation.cancelled":
    case "invitation.resent":
      push(m.previousStatus, () => `Was ${formatValue("previousStatus", m.previousStatus)}`);
      push(m.memberRemoved, () => "Seat freed");
      break;
    case "invitation.declined":
      push(m.role, () => `Role offered: ${formatValue("role", m.role)}`);
      break;
    case "invitation.removed":
      push(m.status, () => `Was ${formatValue("previousStatus", m.status)}`);
      push(m.role, () => `Role offered: ${formatValue("role", m.role)}`);
      push(m.memberRemoved, () => "Seat freed");
      break;
    case "invitations.bulk_removed": {
      const kept = isRecord(m.skipped) ? Object.values(m.skipped).reduce<number>((sum, n) => sum + Number(n), 0) : 0;
      push(m.removed !== undefined, () => `${plural(m.removed, "invitation")} removed`);
      push(kept > 0, () => `${plural(kept, "invitation")} kept`);
      push(Number(m.remaining) > 0, () => `${Number(m.remaining).toLocaleString("en-US")} more left to remove`);
      break;
    }
    case "invitations.bulk_sent":
    case "invitations.imported":
      push(m.invited !== undefined, () => `${plural(m.invited, "person", "people")} invited`);
      push(Number(m.skipped) > 0, () => `${plural(m.skipped, "row")} skipped`);
      push(Number(m.alreadyMembers) > 0, () => `${plural(m.alreadyMembers, "already a member", "already members")}`);
      push(Number(m.alreadyInvited) > 0, () => `${plural(m.alreadyInvited, "already invited", "already invited")}`);
      push(Number(m.overSeatLimit) > 0, () => `${plural(m.overSeatLimit, "over the seat limit", "over the seat limit")}`);
      break;
    case "team.member_added":
    case "team.member_removed":
    case "team.member_role_changed":
      push(m.teamName, () => `Team: ${String(m.teamName)}`);
      push(action === "team.member_added" && m.teamRole, () => `As ${formatValue("teamRole", m.teamRole)}`);
      break;
    case "team.deleted":
      push(m.memberCount !== undefined, () => `Had ${plural(m.memberCount, "member")}`);
      break;
    case "organization.ownership_transferred":
      push(m.formerOwnerEmail, () => `From ${String(m.formerOwnerEmail)}`);
      break;
    case "organization.reauth_code_sent":
    case "organization.reauth_failed":
      push(m.purpose, () => `For: ${String(m.purpose).replace(/_/g, " ")}`);
      break;
    case "api_key.created":
    case "api_key.revoked":
      push(m.memberEmail, () => `Key of ${String(m.memberEmail)}`);
      push(m.prefix, () => `Prefix ${String(m.prefix)}`);
      push(Array.isArray(m.scopes) && m.scopes.length > 0, () => `Scopes: ${(m.scopes as unknown[]).join(", ")}`);
      break;
    case "api_keys.revoked_all":
      push(m.count !== undefined, () => plural(m.count, "key"));
      break;
    case "audit.exported":
    case "members.exported":
    case "access_review.report_exported":
      push(m.filter && typeof m.filter === "string", () => `Filter: ${String(m.filter)}`);
      push(m.rows !== undefined, () => plural(m.rows, "row"));
      break;
    case "audit.chain_verified":
      push(m.ok === true, () => `Intact (${plural(m.checked, "event")})`);
      push(m.ok === false, () => `Broken at event #${String(m.brokenAt)}`);
      break;
    case "access_review.started":
    case "access_review.completed":
    case "access_review.cancelled":
    case "access_review.reminded":
    case "access_review.kept":
      push(m.reviewName, () => `Review: ${String(m.reviewName)}`);
      push(m.scopeLabel, () => `Scope: ${String(m.scopeLabel)}`);
      push(m.people !== undefined, () => plural(m.people, "person", "people"));
      push(m.reviewers !== undefined, () => plural(m.reviewers, "reviewer"));
      break;
    case "members.bulk_role_changed":
    case "members.bulk_added_to_teams":
    case "members.bulk_removed_from_team":
    case "members.bulk_disabled":
    case "members.bulk_enabled":
    case "members.bulk_removed":
    case "members.bulk_messaged":
    case "members.bulk_undone":
      push(m.role, () => `New role: ${formatValue("role", m.role)}`);
      push(m.teamRole, () => `As ${formatValue("teamRole", m.teamRole)}`);
      push(m.subject, () => `Subject: ${String(m.subject)}`);
      push(m.selection, () => `Selection: ${String(m.selection)}`);
      push(m.changed !== undefined, () => `${plural(m.changed, "member")} ${action === "members.bulk_messaged" ? "messaged" : "changed"}`);
      push(m.restored !== undefined, () => `${plural(m.restored, "member")} restored`);
      if (isRecord(m.skipped)) for (const [reason, n] of Object.entries(m.skipped)) details.push(`${plural(n, "skipped", "skipped")}: ${reason}`);
      push(m.stoppedEarly, () => `Stopped early: ${String(m.stoppedEarly)}`);
      break;
    case "member.restored":
      push(Number(m.teams) > 0, () => `${plural(m.teams, "team")} restored`);
      break;
  }
  if (typeof m.reviewName === "string" && !action.startsWith("access_review.")) details.push(`Access review: ${m.reviewName}`);
  if (typeof m.note === "string" && m.note) details.push(`Note: ${m.note}`);
  return details;
}

export function describeAuditEvent(event: DescribableEvent): DescribedEvent {
  const metadata = isRecord(event.metadata) ? event.metadata : {};
  return { label: actionLabel(event.action), changes: changesOf(event.action, metadata, event.targetName), details: detailsOf(event.action, metadata) };
}

/** "Role: Developer → Analyst; Status: Active → Inactive" for a CSV cell. */
export function changesText(changes: readonly EventChange[]): string {
  return changes.map((c) => `${c.field}: ${c.before ?? "—"} → ${c.after ?? "—"}`).join("; ");
}
