-- Tamper-evident audit history. Each organization's events form a hash chain: seq counts 1, 2, 3, ...
-- per organization, prev_hash is the previous event's hash, and hash = sha256 (hex) of the event's
-- canonical encoding, which includes seq and prev_hash. The encoding is documented and recomputed
-- independently in db/audit-chain.ts (npm run audit:verify, the Owner's "Verify" button): the UTF-8
-- bytes of a JSON array of strings and nulls, no whitespace, in this order:
--   "roster.audit.v1", seq (decimal), prev_hash, id, organization_id,
--   created_at (YYYY-MM-DDTHH:MM:SS.mmmZ, UTC, milliseconds), actor_type, actor_user_id,
--   actor_credential_id, channel, actor_name, actor_email, action, target_type, target_id,
--   target_name, target_email, metadata (PostgreSQL's text form of the jsonb value), ip, user_agent
-- Strings are escaped as JSON does (", \, \b \f \n \r \t, other control characters as \u00xx).
CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT '[' || concat_ws(',',
    '"roster.audit.v1"',
    coalesce(to_json(e.seq::text)::text, 'null'),
    coalesce(to_json(e.prev_hash)::text, 'null'),
    coalesce(to_json(e.id::text)::text, 'null'),
    coalesce(to_json(e.organization_id::text)::text, 'null'),
    coalesce(to_json(to_char(e.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text, 'null'),
    coalesce(to_json(e.actor_type::text)::text, 'null'),
    coalesce(to_json(e.actor_user_id)::text, 'null'),
    coalesce(to_json(e.actor_credential_id::text)::text, 'null'),
    coalesce(to_json(e.channel::text)::text, 'null'),
    coalesce(to_json(e.actor_name)::text, 'null'),
    coalesce(to_json(e.actor_email)::text, 'null'),
    coalesce(to_json(e.action)::text, 'null'),
    coalesce(to_json(e.target_type)::text, 'null'),
    coalesce(to_json(e.target_id)::text, 'null'),
    coalesce(to_json(e.target_name)::text, 'null'),
    coalesce(to_json(e.target_email)::text, 'null'),
    coalesce(to_json(e.metadata::text)::text, 'null'),
    coalesce(to_json(e.ip)::text, 'null'),
    coalesce(to_json(e.user_agent)::text, 'null')
  ) || ']'
$$;
--> statement-breakpoint
-- Existing events join the chain in (created_at, id) order, per organization.
DO $$
DECLARE
  e audit_events;
  current_org uuid;
  n bigint := 0;
  previous text;
BEGIN
  FOR e IN SELECT * FROM audit_events ORDER BY organization_id, created_at, id LOOP
    IF current_org IS DISTINCT FROM e.organization_id THEN
      current_org := e.organization_id;
      n := 0;
      previous := NULL;
    END IF;
    n := n + 1;
    e.seq := n;
    e.prev_hash := previous;
    e.hash := encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex');
    UPDATE audit_events SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
    previous := e.hash;
  END LOOP;
END $$;
--> statement-breakpoint
-- Every insert, from every writer (actions, invitation answers, sign-in, webhooks, the worker,
-- multi-row imports), is numbered and chained here, whatever the caller sent. Writers of one
-- organization take turns on a transaction-scoped advisory lock (7261, hash of the organization
-- id), held until commit, so two transactions never read the same last event; the read after the
-- lock sees the other writer's committed row (READ COMMITTED takes a new snapshot per statement).
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7261, hashtext(NEW.organization_id::text));
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events
    WHERE organization_id = NEW.organization_id AND seq IS NOT NULL
    ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
-- History is append-only: UPDATE, DELETE and TRUNCATE are refused. The one exception is deleting
-- the organization itself (db/queries/organizations.ts deleteOrganizationRow), whose transaction
-- sets roster.audit_delete = 'organization' (SET LOCAL): its events go with it by ON DELETE
-- CASCADE, and only once the organization row is gone.
CREATE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('roster.audit_delete', true) = 'organization'
     AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
