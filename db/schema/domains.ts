// Verified domains (claimed by a DNS TXT record) with auto-join settings, requests to join an
// organization whose auto-join is off, and people who must not re-join by auto-join.
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { domainStatusEnum, joinRequestStatusEnum, roleEnum } from "./enums";
import { organizations } from "./organizations";

export const domains = pgTable(
  "domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(), // lowercase, no trailing dot
    // The value the TXT record must carry (not a secret: it is published in DNS).
    verificationToken: text("verification_token").notNull(),
    status: domainStatusEnum("status").notNull().default("pending"),
    verifiedAt: timestamp("verified_at", { mode: "date", precision: 3 }),
    lastCheckedAt: timestamp("last_checked_at", { mode: "date", precision: 3 }),
    lastError: text("last_error"),
    // When a verified domain's record was first found missing; 7 days of that unverifies it.
    missingSince: timestamp("missing_since", { mode: "date", precision: 3 }),
    autoJoin: boolean("auto_join").notNull().default(false),
    autoJoinRole: roleEnum("auto_join_role").notNull().default("developer"),
    autoJoinTeamIds: uuid("auto_join_team_ids").array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("domains_org_domain_unique").on(t.organizationId, t.domain),
    // A domain is verified by one organization at most.
    uniqueIndex("domains_verified_unique").on(t.domain).where(sql`${t.status} = 'verified'`),
    index("domains_domain_idx").on(t.domain),
  ],
);

export const joinRequests = pgTable(
  "join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    status: joinRequestStatusEnum("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    decidedByUserId: text("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { mode: "date", precision: 3 }),
  },
  (t) => [
    uniqueIndex("join_requests_one_pending").on(t.organizationId, t.userId).where(sql`${t.status} = 'pending'`),
    index("join_requests_org_status_idx").on(t.organizationId, t.status, t.createdAt),
  ],
);

/** Someone removed from (or disabled in) an organization: auto-join never brings them back. */
export const autoJoinBlocks = pgTable(
  "auto_join_blocks",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    reason: text("reason").notNull(), // "removed" | "disabled"
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("auto_join_blocks_org_email").on(t.organizationId, t.email)],
);

export type Domain = typeof domains.$inferSelect;
export type JoinRequest = typeof joinRequests.$inferSelect;
