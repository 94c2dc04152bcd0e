// Access reviews: a scope of members (everyone, a team, a role, the inactive), reviewers who decide
// Keep, Change role or Remove for each person, and the decisions as applied.
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { accessReviewStatusEnum, reviewDecisionEnum, roleEnum } from "./enums";
import { members } from "./members";
import { organizations } from "./organizations";

export const accessReviews = pgTable(
  "access_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // { kind: "everyone" } | { kind: "team", teamId } | { kind: "role", role } | { kind: "inactive" }
    scope: jsonb("scope").$type<Record<string, unknown>>().notNull(),
    status: accessReviewStatusEnum("status").notNull().default("open"),
    dueAt: timestamp("due_at", { mode: "date", precision: 3 }).notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { mode: "date", precision: 3 }),
    lastReminderAt: timestamp("last_reminder_at", { mode: "date", precision: 3 }),
  },
  (t) => [index("access_reviews_org_idx").on(t.organizationId, t.createdAt)],
);

export const accessReviewReviewers = pgTable(
  "access_review_reviewers",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => accessReviews.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.memberId] })],
);

export const accessReviewItems = pgTable(
  "access_review_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => accessReviews.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The person under review; null if they were removed (the snapshot below remains).
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    memberName: text("member_name").notNull(),
    memberEmail: text("member_email").notNull(),
    roleAtStart: roleEnum("role_at_start").notNull(),
    decision: reviewDecisionEnum("decision"),
    newRole: roleEnum("new_role"),
    note: text("note"),
    decidedByUserId: text("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { mode: "date", precision: 3 }),
    // Why applying the decision was refused, if it was (e.g. the rank rule).
    outcome: text("outcome"),
  },
  (t) => [index("access_review_items_review_idx").on(t.reviewId, t.memberName)],
);
