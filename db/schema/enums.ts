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

export type Role = (typeof roleEnum.enumValues)[number];
export type MemberStatus = (typeof memberStatusEnum.enumValues)[number];
export type Plan = (typeof planEnum.enumValues)[number];
export type TeamRole = (typeof teamRoleEnum.enumValues)[number];
export type InvitationStatus = (typeof invitationStatusEnum.enumValues)[number];
