// Per-member API keys for the REST API (shown once, stored as a hash with a visible prefix), and
// the responses remembered for POSTs that carried an Idempotency-Key.
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { members } from "./members";
import { organizations } from "./organizations";

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The member the key acts for (with their current role); null once the member is removed.
    memberId: uuid("member_id").references(() => members.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    // The first characters of the key, shown in lists so people can tell keys apart.
    prefix: text("prefix").notNull(),
    // SHA-256 of the whole key; the key itself is never stored.
    keyHash: text("key_hash").notNull().unique(),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`),
    expiresAt: timestamp("expires_at", { mode: "date", precision: 3 }),
    lastUsedAt: timestamp("last_used_at", { mode: "date", precision: 3 }),
    lastUsedIp: text("last_used_ip"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { mode: "date", precision: 3 }),
    revokedByUserId: text("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("api_keys_org_member_idx").on(t.organizationId, t.memberId, t.createdAt)],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    // Method, path and a hash of the body: the same key with a different request is a conflict.
    requestFingerprint: text("request_fingerprint").notNull(),
    // Null while the first request is still running.
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
