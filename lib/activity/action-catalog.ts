// Every kind of audit event Roster writes, with the label people read in the activity log, its
// filter and its CSV, and the group it is listed under. One map: an action missing here still
// shows (as its code made readable), and tests/unit/activity-catalog.test.ts fails until it is added.

export const ACTION_GROUPS = ["members", "invitations", "teams", "organization", "api", "scim", "webhooks", "reviews", "activity"] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export const ACTION_GROUP_LABELS: Record<ActionGroup, string> = {
  members: "Members",
  invitations: "Invitations",
  teams: "Teams",
  organization: "Organization",
  api: "API keys",
  scim: "SCIM",
  webhooks: "Webhooks",
  reviews: "Access reviews",
  activity: "Activity log",
};

export interface ActionInfo {
  label: string;
  group: ActionGroup;
}

export const AUDIT_ACTIONS = {
  "member.invited": { label: "Invited a member", group: "members" },
  "member.created": { label: "Added a member (disabled)", group: "members" },
  "member.updated": { label: "Edited a member", group: "members" },
  "member.role_changed": { label: "Changed a role", group: "members" },
  "member.disabled": { label: "Disabled a member", group: "members" },
  "member.enabled": { label: "Re-enabled a member", group: "members" },
  "member.removed": { label: "Removed a member", group: "members" },
  "member.left": { label: "Left the organization", group: "members" },
  "member.sessions_ended": { label: "Ended a member's sessions", group: "members" },
  "member.api_access_changed": { label: "Changed API access", group: "api" },
  "member.provisioned": { label: "Provisioned a member (SCIM)", group: "members" },
  "member.restored": { label: "Restored a member (undo)", group: "members" },
  "members.bulk_role_changed": { label: "Changed roles in bulk", group: "members" },
  "members.bulk_added_to_teams": { label: "Added members to teams in bulk", group: "members" },
  "members.bulk_removed_from_team": { label: "Removed members from a team in bulk", group: "members" },
  "members.bulk_disabled": { label: "Disabled members in bulk", group: "members" },
  "members.bulk_enabled": { label: "Re-enabled members in bulk", group: "members" },
  "members.bulk_removed": { label: "Removed members in bulk", group: "members" },
  "members.bulk_messaged": { label: "Sent a message to members", group: "members" },
  "members.bulk_undone": { label: "Undid a bulk change", group: "members" },
  "member.auto_joined": { label: "Joined by domain auto-join", group: "members" },
  "join_request.created": { label: "Asked to join", group: "members" },
  "join_request.approved": { label: "Approved a request to join", group: "members" },
  "join_request.declined": { label: "Declined a request to join", group: "members" },
  "invitation.accepted": { label: "Accepted an invitation", group: "invitations" },
  "invitation.declined": { label: "Declined an invitation", group: "invitations" },
  "invitation.resent": { label: "Resent an invitation", group: "invitations" },
  "invitation.cancelled": { label: "Cancelled an invitation", group: "invitations" },
  "invitation.updated": { label: "Changed an invitation", group: "invitations" },
  "invitation.removed": { label: "Removed an invitation from the list", group: "invitations" },
  "invitations.bulk_removed": { label: "Removed invitations in bulk", group: "invitations" },
  "invitations.bulk_sent": { label: "Invited members in bulk", group: "invitations" },
  "invitations.imported": { label: "Imported invitations (CSV)", group: "invitations" },
  "team.created": { label: "Created a team", group: "teams" },
  "team.updated": { label: "Edited a team", group: "teams" },
  "team.deleted": { label: "Deleted a team", group: "teams" },
  "team.member_added": { label: "Added to a team", group: "teams" },
  "team.member_removed": { label: "Removed from a team", group: "teams" },
  "team.member_role_changed": { label: "Changed a team role", group: "teams" },
  "team.invitation_sent": { label: "Invited to a team", group: "teams" },
  "team.invitation_accepted": { label: "Accepted a team invitation", group: "teams" },
  "team.invitation_declined": { label: "Declined a team invitation", group: "teams" },
  "notification_preferences.updated": { label: "Changed notification preferences", group: "members" },
  "organization.created": { label: "Created the organization", group: "organization" },
  "organization.updated": { label: "Changed settings", group: "organization" },
  "organization.seat_limit_changed": { label: "Changed the seat limit", group: "organization" },
  "organization.ownership_transferred": { label: "Transferred ownership", group: "organization" },
  "organization.reauth_code_sent": { label: "Asked for a verification code", group: "organization" },
  "organization.reauth_failed": { label: "Failed a verification", group: "organization" },
  "domain.added": { label: "Added a domain", group: "organization" },
  "domain.verified": { label: "Verified a domain", group: "organization" },
  "domain.verification_failed": { label: "Failed to verify a domain", group: "organization" },
  "domain.unverified": { label: "Domain no longer verified", group: "organization" },
  "domain.auto_join_updated": { label: "Changed a domain's auto-join", group: "organization" },
  "domain.removed": { label: "Removed a domain", group: "organization" },
  "organization.api_key_policy_changed": { label: "Changed the API key policy", group: "api" },
  "api_key.created": { label: "Created an API key", group: "api" },
  "api_key.revoked": { label: "Revoked an API key", group: "api" },
  "api_keys.revoked_all": { label: "Revoked a member's API keys", group: "api" },
  "scim.enabled": { label: "Turned SCIM provisioning on", group: "scim" },
  "scim.disabled": { label: "Turned SCIM provisioning off", group: "scim" },
  "scim.token_created": { label: "Created a SCIM token", group: "scim" },
  "scim.token_rotated": { label: "Rotated the SCIM token", group: "scim" },
  "scim.token_revoked": { label: "Revoked a SCIM token", group: "scim" },
  "webhook_endpoint.created": { label: "Added a webhook endpoint", group: "webhooks" },
  "webhook_endpoint.updated": { label: "Changed a webhook endpoint", group: "webhooks" },
  "webhook_endpoint.deleted": { label: "Deleted a webhook endpoint", group: "webhooks" },
  "webhook_endpoint.secret_rolled": { label: "Rolled a webhook secret", group: "webhooks" },
  "webhook_delivery.resent": { label: "Resent a webhook delivery", group: "webhooks" },
  "access_review.started": { label: "Started an access review", group: "reviews" },
  "access_review.kept": { label: "Confirmed access in a review", group: "reviews" },
  "access_review.completed": { label: "Completed an access review", group: "reviews" },
  "access_review.cancelled": { label: "Cancelled an access review", group: "reviews" },
  "access_review.reminded": { label: "Reminded reviewers (overdue)", group: "reviews" },
  "audit.exported": { label: "Exported the activity log", group: "activity" },
  "members.exported": { label: "Exported the members list", group: "activity" },
  "access_review.report_exported": { label: "Exported an access review report", group: "activity" },
  "audit.chain_verified": { label: "Verified the activity log", group: "activity" },
} as const satisfies Record<string, ActionInfo>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_KEYS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isKnownAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** "Changed a role"; an action this map doesn't know reads as its code made readable. */
export function actionLabel(action: string): string {
  if (isKnownAction(action)) return AUDIT_ACTIONS[action].label;
  const words = action.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The action filter's choices, group by group. */
export function actionChoices(): { value: AuditAction; label: string; group: ActionGroup }[] {
  return ACTION_GROUPS.flatMap((group) =>
    AUDIT_ACTION_KEYS.filter((key) => AUDIT_ACTIONS[key].group === group).map((key) => ({ value: key, label: AUDIT_ACTIONS[key].label, group })),
  );
}

export const CHANNEL_LABELS = {
  ui: "Web",
  api: "API",
  scim: "SCIM",
  worker: "Worker",
  auto_join: "Auto-join",
} as const;
export type ChannelKey = keyof typeof CHANNEL_LABELS;
export const CHANNEL_KEYS = Object.keys(CHANNEL_LABELS) as ChannelKey[];
