// SCIM provisioning: an organization's bearer tokens (hashed; a rotated token keeps working until
// its grace period ends) and a log of recent SCIM requests.
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

export const scimTokens = pgTable(
  "scim_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    // Set when rotated: the old token works until then.
    expiresAt: timestamp("expires_at", { mode: "date", precision: 3 }),
    revokedAt: timestamp("revoked_at", { mode: "date", precision: 3 }),
    lastUsedAt: timestamp("last_used_at", { mode: "date", precision: 3 }),
  },
  (t) => [index("scim_tokens_org_idx").on(t.organizationId, t.createdAt)],
);

export const scimRequests = pgTable(
  "scim_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    path: text("path").notNull(),
    status: integer("status").notNull(),
    outcome: text("outcome").notNull(), // short words: "created member ada@acme.com", "invalidFilter"
    changes: jsonb("changes").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("scim_requests_org_idx").on(t.organizationId, t.createdAt)],
);
