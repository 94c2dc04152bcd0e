// Organizations: the tenant of every other row.
import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { planEnum, roleEnum } from "./enums";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  plan: planEnum("plan").notNull().default("team"),
  seatLimit: integer("seat_limit").notNull().default(10),
  defaultRole: roleEnum("default_role").notNull().default("developer"),
  invitationExpiryDays: integer("invitation_expiry_days").notNull().default(7),
  // API keys: the longest expiry a key may have, and whether keys that never expire are allowed.
  apiKeyMaxExpiryDays: integer("api_key_max_expiry_days").notNull().default(365),
  apiKeysMayNotExpire: boolean("api_keys_may_not_expire").notNull().default(false),
  // SCIM provisioning (tokens in scim_tokens) answers only while enabled.
  scimEnabled: boolean("scim_enabled").notNull().default(false),
  createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
