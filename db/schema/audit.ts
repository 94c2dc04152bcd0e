// Audit events: who did what to whom. Names and emails are copied so history survives removal.
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { auditActorTypeEnum, auditChannelEnum } from "./enums";
import { organizations } from "./organizations";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorType: auditActorTypeEnum("actor_type").notNull().default("user"),
    actorUserId: text("actor_user_id"),
    // The API key or SCIM token that acted (its member is the actor for API keys).
    actorCredentialId: uuid("actor_credential_id"),
    channel: auditChannelEnum("channel").notNull().default("ui"),
    actorName: text("actor_name"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(), // e.g. "member.role_changed"
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetName: text("target_name"),
    targetEmail: text("target_email"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    // Tamper evidence: events of an organization form a chain in `seq` order; `hash` covers the
    // event's canonical encoding (db/audit-chain.ts), which includes the previous event's hash.
    // A database trigger assigns all three on insert (whatever the caller sent) and refuses
    // UPDATE and DELETE, except when the organization itself is deleted.
    seq: bigint("seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    // The activity log pages and exports newest first by (created_at, seq): seq breaks ties between
    // events of one transaction, so keyset paging is exact. Filtered views (by actor, by target)
    // walk their own index in the same order.
    index("audit_events_org_created_seq_idx").on(t.organizationId, t.createdAt, t.seq),
    index("audit_events_org_target_created_idx").on(t.organizationId, t.targetId, t.createdAt, t.seq),
    index("audit_events_org_actor_created_idx").on(t.organizationId, t.actorUserId, t.createdAt, t.seq),
    // One chain per organization: the trigger in migration 0008 numbers events 1, 2, 3, ...
    uniqueIndex("audit_events_org_seq_unique").on(t.organizationId, t.seq),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
