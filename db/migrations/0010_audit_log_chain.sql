-- The audit log is a hash chain kept by the database itself: every inserted row gets the next
-- number, the previous row's hash, the time, and its own hash over all of that. Writers are
-- serialised by a transaction-scoped advisory lock, so two transactions appending at once
-- still form one chain (the second waits until the first commits, then sees its row).
-- lib/audit/verify.ts recomputes the same hash independently; keep the two in step.
CREATE OR REPLACE FUNCTION audit_log_field(value text) RETURNS text AS $$
  SELECT CASE WHEN value IS NULL THEN '~' ELSE char_length(value)::text || ':' || value END;
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7271602);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.at := clock_timestamp();
  NEW.hash := encode(sha256(convert_to(concat_ws('|',
    audit_log_field(NEW.prev_hash),
    audit_log_field(NEW.seq::text),
    audit_log_field(to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
    audit_log_field(NEW.actor_id::text),
    audit_log_field(NEW.actor_email),
    audit_log_field(NEW.client_address),
    audit_log_field(NEW.action),
    audit_log_field(NEW.operation),
    audit_log_field(NEW.resource_kind),
    audit_log_field(NEW.resource_id),
    audit_log_field(NEW.input_digest),
    audit_log_field(NEW.before_digest),
    audit_log_field(NEW.after_digest),
    audit_log_field(NEW.details)
  ), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain_before_insert
  BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
-- Append-only: the database refuses to change or remove a row of the log.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log er en logg som bare kan utvides: % er ikke tillatt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
