// The events an organization's webhooks can subscribe to, and which audit actions raise them: a
// webhook event is emitted exactly where (and in the same transaction as) its audit event is
// recorded, so the two never disagree.
export const WEBHOOK_EVENT_TYPES = [
  "member.created",
  "member.updated",
  "member.role_changed",
  "member.disabled",
  "member.enabled",
  "member.removed",
  "invitation.created",
  "invitation.resent",
  "invitation.accepted",
  "invitation.declined",
  "invitation.cancelled",
  "team.created",
  "team.updated",
  "team.deleted",
  "team.member_added",
  "team.member_removed",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_GROUPS: { label: string; types: WebhookEventType[] }[] = [
  { label: "Members", types: WEBHOOK_EVENT_TYPES.filter((t) => t.startsWith("member.")) },
  { label: "Invitations", types: WEBHOOK_EVENT_TYPES.filter((t) => t.startsWith("invitation.")) },
  { label: "Teams", types: WEBHOOK_EVENT_TYPES.filter((t) => t.startsWith("team.")) },
];

/** Audit action → the webhook events it raises. Actions not listed raise none. */
const FROM_AUDIT: Record<string, readonly WebhookEventType[]> = {
  "member.created": ["member.created"],
  // People arriving through a verified domain become members too.
  "member.auto_joined": ["member.created"],
  "join_request.approved": ["member.created"],
  "member.updated": ["member.updated"],
  "member.api_access_changed": ["member.updated"],
  "member.role_changed": ["member.role_changed"],
  "member.disabled": ["member.disabled"],
  "member.enabled": ["member.enabled"],
  "member.removed": ["member.removed"],
  "member.left": ["member.removed"],
  "member.invited": ["invitation.created"],
  "invitation.resent": ["invitation.resent"],
  // The invitee becomes a member when they accept.
  "invitation.accepted": ["invitation.accepted", "member.created"],
  "invitation.declined": ["invitation.declined"],
  "invitation.cancelled": ["invitation.cancelled"],
  "team.created": ["team.created"],
  "team.updated": ["team.updated"],
  "team.deleted": ["team.deleted"],
  "team.member_added": ["team.member_added"],
  "team.member_removed": ["team.member_removed"],
};

/**
 * The webhook events an audit event raises. Edit Member records one member.updated per save with
 * every change as before → after; a role or status among them also raises the event a subscriber to
 * role changes or disabling expects, as the separate controls do.
 */
export function webhookEventsForAudit(action: string, metadata?: Record<string, unknown>): readonly WebhookEventType[] {
  const types = FROM_AUDIT[action] ?? [];
  if (action !== "member.updated" || !metadata) return types;
  const changes = (metadata.changes ?? {}) as Record<string, { from?: unknown; to?: unknown } | undefined>;
  const extra: WebhookEventType[] = [];
  if (changes.role) extra.push("member.role_changed");
  if (changes.status?.to === "inactive") extra.push("member.disabled");
  else if (changes.status && changes.status.from === "inactive") extra.push("member.enabled");
  return [...types, ...extra];
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
