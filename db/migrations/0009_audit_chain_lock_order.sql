-- The chain trigger takes its locks in the order every organization write does: the organization
-- row first (FOR KEY SHARE, which waits for a transaction holding the organization lock, as the
-- actions do, and is what the foreign key check takes anyway), then the chain's advisory lock.
-- Taking the advisory lock first deadlocked with an action holding the organization row and
-- waiting for the advisory lock, while the foreign key check of the other insert waited for the row.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM 1 FROM organizations WHERE id = NEW.organization_id FOR KEY SHARE;
  PERFORM pg_advisory_xact_lock(7261, hashtext(NEW.organization_id::text));
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events
    WHERE organization_id = NEW.organization_id AND seq IS NOT NULL
    ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
