DROP INDEX "audit_events_org_created_idx";--> statement-breakpoint
DROP INDEX "audit_events_org_target_idx";--> statement-breakpoint
DROP INDEX "audit_events_org_actor_idx";--> statement-breakpoint
CREATE INDEX "audit_events_org_created_seq_idx" ON "audit_events" USING btree ("organization_id","created_at","seq");--> statement-breakpoint
CREATE INDEX "audit_events_org_target_created_idx" ON "audit_events" USING btree ("organization_id","target_id","created_at","seq");--> statement-breakpoint
CREATE INDEX "audit_events_org_actor_created_idx" ON "audit_events" USING btree ("organization_id","actor_user_id","created_at","seq");