CREATE TABLE "member_counts" (
	"organization_id" uuid NOT NULL,
	"role" "member_role" NOT NULL,
	"status" "member_status" NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "member_counts_organization_id_role_status_pk" PRIMARY KEY("organization_id","role","status")
);
--> statement-breakpoint
ALTER TABLE "member_counts" ADD CONSTRAINT "member_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The counts move with every statement that inserts, updates or deletes members: one upsert per
-- statement from its transition tables (a bulk change of 10,000 members is one aggregate), only
-- for buckets whose count changes (an update of last_active_at changes none), in key order so two
-- transactions never wait on each other's buckets in opposite orders. An organization that is
-- being deleted (its members go by cascade) gets no new rows.
CREATE FUNCTION member_counts_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO member_counts AS c (organization_id, role, status, count)
    SELECT organization_id, role, status, count(*)::int FROM new_rows
    WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = new_rows.organization_id)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (organization_id, role, status) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO member_counts AS c (organization_id, role, status, count)
    SELECT d.organization_id, d.role, d.status, sum(d.delta)::int
    FROM (
      SELECT organization_id, role, status, 1 AS delta FROM new_rows
      UNION ALL
      SELECT organization_id, role, status, -1 AS delta FROM old_rows
    ) d
    WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = d.organization_id)
    GROUP BY 1, 2, 3 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (organization_id, role, status) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    INSERT INTO member_counts AS c (organization_id, role, status, count)
    SELECT organization_id, role, status, -count(*)::int FROM old_rows
    WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = old_rows.organization_id)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (organization_id, role, status) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_counts_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();
--> statement-breakpoint
CREATE TRIGGER members_counts_update AFTER UPDATE ON members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();
--> statement-breakpoint
CREATE TRIGGER members_counts_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();
--> statement-breakpoint
INSERT INTO member_counts (organization_id, role, status, count)
SELECT organization_id, role, status, count(*)::int FROM members GROUP BY 1, 2, 3;
