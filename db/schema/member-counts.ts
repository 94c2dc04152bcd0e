// How many members each organization has per role and status, kept by triggers on members in the
// same transaction as every change (migration 0011), so the members page's totals and its list's
// total for a role/status filter are a read of a few rows, not a count over every member.
import { integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { memberStatusEnum, roleEnum } from "./enums";
import { organizations } from "./organizations";

export const memberCounts = pgTable(
  "member_counts",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    status: memberStatusEnum("status").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role, t.status] })],
);
