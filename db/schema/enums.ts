// Postgres enums shared by the schema, zod validation and the permission module.
import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("member_role", ["owner", "admin", "manager", "developer", "analyst", "viewer"]);
export const memberStatusEnum = pgEnum("member_status", ["active", "inactive", "pending"]);
export const planEnum = pgEnum("plan", ["free", "team", "business", "enterprise"]);
export const teamRoleEnum = pgEnum("team_role", ["maintainer", "member"]);
export const invitationStatusEnum = pgEnum("invitation_status", [
  "pending",
  "accepted",
  "declined",
  "expired",
  "bounced",
  "cancelled",
]);
export const emailStatusEnum = pgEnum("email_status", ["queued", "sending", "sent", "failed", "dead"]);
/** What a member's API keys may do at most: everything their role allows, reads only, or nothing. */
export const apiAccessEnum = pgEnum("api_access", ["full", "read_only", "none"]);
/** Where a change came from. */
export const auditChannelEnum = pgEnum("audit_channel", ["ui", "api", "scim", "worker", "auto_join"]);
/** Who made it: a signed-in person, an API key (acting for its member), a SCIM client, the system. */
export const auditActorTypeEnum = pgEnum("audit_actor_type", ["user", "api_key", "scim", "system"]);
export const webhookDeliveryStatusEnum = pgEnum("webhook_delivery_status", ["pending", "sending", "succeeded", "failed", "dead"]);
export const domainStatusEnum = pgEnum("domain_status", ["pending", "verified", "failed", "unverified"]);
export const joinRequestStatusEnum = pgEnum("join_request_status", ["pending", "approved", "declined"]);
export const teamInvitationStatusEnum = pgEnum("team_invitation_status", ["pending", "accepted", "declined", "cancelled"]);
export const emailFrequencyEnum = pgEnum("email_frequency", ["realtime", "daily", "weekly", "off"]);
export const accessReviewStatusEnum = pgEnum("access_review_status", ["open", "completed", "cancelled"]);
export const reviewDecisionEnum = pgEnum("review_decision", ["keep", "change_role", "remove"]);
/** What a one-time re-authentication code confirms (creating an API key needs a recent sign-in or a code too). */
export const reauthPurposeEnum = pgEnum("reauth_purpose", ["transfer_ownership", "delete_organization", "create_api_key"]);

export type Role = (typeof roleEnum.enumValues)[number];
export type MemberStatus = (typeof memberStatusEnum.enumValues)[number];
export type Plan = (typeof planEnum.enumValues)[number];
export type TeamRole = (typeof teamRoleEnum.enumValues)[number];
export type InvitationStatus = (typeof invitationStatusEnum.enumValues)[number];
export type ApiAccess = (typeof apiAccessEnum.enumValues)[number];
export type AuditChannel = (typeof auditChannelEnum.enumValues)[number];
export type AuditActorType = (typeof auditActorTypeEnum.enumValues)[number];
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatusEnum.enumValues)[number];
export type DomainStatus = (typeof domainStatusEnum.enumValues)[number];
export type JoinRequestStatus = (typeof joinRequestStatusEnum.enumValues)[number];
export type TeamInvitationStatus = (typeof teamInvitationStatusEnum.enumValues)[number];
export type EmailFrequency = (typeof emailFrequencyEnum.enumValues)[number];
export type AccessReviewStatus = (typeof accessReviewStatusEnum.enumValues)[number];
export type ReviewDecision = (typeof reviewDecisionEnum.enumValues)[number];
export type ReauthPurpose = (typeof reauthPurposeEnum.enumValues)[number];
