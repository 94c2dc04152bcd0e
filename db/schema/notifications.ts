// In-app notifications (the bell), each member's notification preferences (per category, and per
// team), and digest runs (one per member and period, so instances and restarts never send twice).
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { emailFrequencyEnum, teamInvitationStatusEnum, teamRoleEnum } from "./enums";
import { members } from "./members";
import { organizations } from "./organizations";
import { teams } from "./teams";

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The recipient.
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    category: text("category").notNull(), // e.g. "role_changed", "team_added", "bulk_message"
    title: text("title").notNull(),
    body: text("body"),
    // A path inside the app the notification opens.
    link: text("link"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    // Emailed (realtime) or picked up by a digest; null while it still may be.
    emailedAt: timestamp("emailed_at", { mode: "date", precision: 3 }),
    readAt: timestamp("read_at", { mode: "date", precision: 3 }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("notifications_member_idx").on(t.memberId, t.createdAt), index("notifications_member_unread_idx").on(t.memberId, t.readAt)],
);

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    // A team's own setting, or "" for the member's general setting of the category.
    scope: text("scope").notNull().default(""),
    email: emailFrequencyEnum("email").notNull().default("realtime"),
    inApp: boolean("in_app").notNull().default(true),
    updatedAt: timestamp("updated_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.category, t.scope] })],
);

export const notificationDigests = pgTable(
  "notification_digests",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    frequency: emailFrequencyEnum("frequency").notNull(),
    // Start of the day or week the digest covers (UTC).
    periodStart: timestamp("period_start", { mode: "date", precision: 3 }).notNull(),
    sentAt: timestamp("sent_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.frequency, t.periodStart] })],
);

/** Team invitations: a member invited into a team accepts or declines. */
export const teamInvitations = pgTable(
  "team_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    teamRole: teamRoleEnum("team_role").notNull().default("member"),
    invitedByMemberId: uuid("invited_by_member_id").references(() => members.id, { onDelete: "set null" }),
    status: teamInvitationStatusEnum("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { mode: "date", precision: 3 }),
  },
  (t) => [index("team_invitations_member_idx").on(t.memberId, t.status), index("team_invitations_team_idx").on(t.teamId, t.status)],
);

export type Notification = typeof notifications.$inferSelect;
