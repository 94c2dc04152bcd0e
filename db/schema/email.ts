// Email outbox: every message is stored before it is sent; delivery is recorded and retried.
import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { emailStatusEnum } from "./enums";
import { invitations } from "./invitations";
import { organizations } from "./organizations";

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    // The invitation this message carries (invitation, reminder), so admins see its delivery state.
    invitationId: uuid("invitation_id").references(() => invitations.id, { onDelete: "set null" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    // Bodies never hold a live secret: where the link or code goes they carry SECRET_PLACEHOLDER,
    // and the secret itself sits in `secret` until the message is sent, dead or past its expiry.
    html: text("html").notNull(),
    text: text("text").notNull(),
    secret: text("secret"),
    secretExpiresAt: timestamp("secret_expires_at", { mode: "date", precision: 3 }),
    template: text("template").notNull(), // e.g. "sign-in", "invitation"
    status: emailStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    // The furthest delivery event Resend's webhook reported: delivered, delivery_delayed, complained, bounced.
    deliveryEvent: text("delivery_event"),
    deliveryEventAt: timestamp("delivery_event_at", { mode: "date", precision: 3 }),
    createdAt: timestamp("created_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { mode: "date", precision: 3 }),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_to_idx").on(t.to, t.createdAt),
    index("email_outbox_provider_id_idx").on(t.providerMessageId),
    index("email_outbox_invitation_idx").on(t.invitationId, t.createdAt),
    index("email_outbox_secret_idx").on(t.secretExpiresAt).where(sql`${t.secret} is not null`),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
