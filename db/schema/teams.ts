// Teams (the seeds' "groups") and who belongs to them, with a team role.
import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { teamRoleEnum } from "./enums";
import { members } from "./members";
import { organizations } from "./organizations";

export const teams = pgTable(
  "teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    // The identity provider's id for this group, when SCIM manages the team.
    externalId: text("external_id"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("teams_org_name_unique").on(t.organizationId, sql`lower(${t.name})`),
    uniqueIndex("teams_org_external_id_unique").on(t.organizationId, t.externalId).where(sql`${t.externalId} is not null`),
  ],
);

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: teamRoleEnum("role").notNull().default("member"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.memberId] }), index("team_members_member_idx").on(t.memberId)],
);

export type Team = typeof teams.$inferSelect;
