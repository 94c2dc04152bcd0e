// Members: a person's membership of one organization. Pending members exist before they have a user.
import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { apiAccessEnum, memberStatusEnum, roleEnum } from "./enums";
import { organizations } from "./organizations";

export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // Null while the member is Pending (invited, not yet signed up and accepted).
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(), // normalised: trimmed, lowercase
    name: text("name").notNull(),
    phone: text("phone"),
    department: text("department"),
    jobTitle: text("job_title"),
    role: roleEnum("role").notNull(),
    status: memberStatusEnum("status").notNull(),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    // Caps every API key the member holds (seed 002's "API access level").
    apiAccess: apiAccessEnum("api_access").notNull().default("full"),
    // The identity provider's id for this person, when SCIM provisioned them.
    externalId: text("external_id"),
    joinedAt: timestamp("joined_at", { mode: "date", precision: 3 }),
    lastActiveAt: timestamp("last_active_at", { mode: "date", precision: 3 }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    // What free-text search matches: name and email in one trigram-indexed column (role and team
    // matches are resolved separately; an enum-to-text cast is not immutable).
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(sql`lower(name || ' ' || email)`),
  },
  (t) => [
    unique("members_org_user_unique").on(t.organizationId, t.userId),
    unique("members_org_email_unique").on(t.organizationId, t.email),
    index("members_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("members_user_idx").on(t.userId),
    // One index per sort order of the members table, each ending in id for a stable order.
    index("members_org_name_idx").on(t.organizationId, t.name, t.id),
    index("members_org_email_idx").on(t.organizationId, t.email, t.id),
    index("members_org_joined_idx").on(t.organizationId, t.joinedAt, t.id),
    index("members_org_last_active_idx").on(t.organizationId, t.lastActiveAt, t.id),
    index("members_org_department_idx").on(t.organizationId, t.department, t.id),
    index("members_org_role_status_idx").on(t.organizationId, t.role, t.status),
    index("members_org_status_idx").on(t.organizationId, t.status, t.name, t.id),
    uniqueIndex("members_org_external_id_unique").on(t.organizationId, t.externalId).where(sql`${t.externalId} is not null`),
  ],
);

export type Member = typeof members.$inferSelect;
