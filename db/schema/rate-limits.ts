// Fixed-window rate limit counters, kept in PostgreSQL so every app instance shares them.
import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text("key").notNull(), // e.g. "invite:org:<id>", "sign-in:email:<address>"
    windowStart: timestamp("window_start", { mode: "date", precision: 3 }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limit_buckets_window_idx").on(t.windowStart)],
);
