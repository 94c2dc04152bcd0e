// Organizations: the tenant of every other row.
import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { planEnum, roleEnum } from "./enums";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  plan: planEnum("plan").notNull().default("team"),
  seatLimit: integer("seat_limit").notNull().default(10),
  defaultRole: roleEnum("default_role").notNull().default("developer"),
  invitationExpiryDays: integer("invitation_expiry_days").notNull().default(7),
  createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
