// Invitations: an email invited to an organization, with what was chosen at invite time.
import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { invitationStatusEnum, roleEnum } from "./enums";
import { members } from "./members";
import { organizations } from "./organizations";

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The Pending member row this invitation fills in on acceptance.
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    email: text("email").notNull(), // normalised: trimmed, lowercase
    role: roleEnum("role").notNull(),
    teamIds: uuid("team_ids").array().notNull().default(sql`'{}'::uuid[]`),
    department: text("department"),
    jobTitle: text("job_title"),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    message: text("message"),
    // SHA-256 of the token in the link; the token itself is never stored.
    tokenHash: text("token_hash").notNull().unique(),
    status: invitationStatusEnum("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { mode: "date", precision: 3 }).notNull(),
    invitedByUserId: text("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { mode: "date", precision: 3 }),
  },
  (t) => [
    uniqueIndex("invitations_one_pending_per_email")
      .on(t.organizationId, t.email)
      .where(sql`${t.status} = 'pending'`),
    index("invitations_org_status_idx").on(t.organizationId, t.status, t.createdAt),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
