// Webhook deliveries already processed, by their svix-id: a replayed delivery is answered 200
// and changes nothing.
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(), // svix-id
  source: text("source").notNull(), // "resend"
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { mode: "date", precision: 3 }).notNull().defaultNow(),
});
