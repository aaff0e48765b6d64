-- The lifecycle history is append-only: the database itself refuses to change or remove it.
CREATE OR REPLACE FUNCTION workflow_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'workflow_events er en logg som bare kan utvides: % er ikke tillatt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER workflow_events_no_update_delete
  BEFORE UPDATE OR DELETE ON workflow_events
  FOR EACH ROW EXECUTE FUNCTION workflow_events_append_only();
--> statement-breakpoint
CREATE TRIGGER workflow_events_no_truncate
  BEFORE TRUNCATE ON workflow_events
  FOR EACH STATEMENT EXECUTE FUNCTION workflow_events_append_only();
