CREATE TABLE "bulk_operation_members" (
	"operation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "bulk_operation_members_operation_id_member_id_pk" PRIMARY KEY("operation_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "bulk_operation_members" ADD CONSTRAINT "bulk_operation_members_operation_id_bulk_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."bulk_operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Operations still within their undo window keep their snapshots, a row per member now.
INSERT INTO "bulk_operation_members" ("operation_id", "member_id", "snapshot")
SELECT o."id", (s ->> 'memberId')::uuid, s FROM "bulk_operations" o, jsonb_array_elements(o."snapshots") s
ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "bulk_operations" DROP COLUMN "snapshots";