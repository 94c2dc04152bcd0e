// One-time re-authentication codes (ownership transfer, deleting an organization): emailed to the
// user, stored only as a keyed hash, bound to user + organization + purpose, short-lived, single
// use, with a limited number of attempts.
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { reauthPurposeEnum } from "./enums";
import { organizations } from "./organizations";

export const reauthCodes = pgTable(
  "reauth_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    purpose: reauthPurposeEnum("purpose").notNull(),
    // HMAC-SHA256 of the code, keyed with the app secret and bound to user, organization and purpose.
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { mode: "date", precision: 3 }).notNull(),
    consumedAt: timestamp("consumed_at", { mode: "date", precision: 3 }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("reauth_codes_user_org_purpose_idx").on(t.userId, t.organizationId, t.purpose, t.createdAt)],
);

export type ReauthCode = typeof reauthCodes.$inferSelect;
