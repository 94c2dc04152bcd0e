ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp (3);--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "ip" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "secret" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "secret_expires_at" timestamp (3);--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "email_outbox_secret_idx" ON "email_outbox" USING btree ("secret_expires_at") WHERE "email_outbox"."secret" is not null;--> statement-breakpoint
-- Messages written before bodies stopped carrying secrets: drop the links and codes of those that
-- can no longer be sent (delivered, dead, or past the 24-hour send window).
UPDATE "email_outbox" SET "html" = '<p>This message carried a link or code that has been removed.</p>', "text" = 'This message carried a link or code that has been removed.' WHERE "template" IN ('sign-in', 'invitation', 'invitation-reminder', 'reauth-code') AND ("status" IN ('sent', 'dead') OR "created_at" < now() - interval '24 hours');
