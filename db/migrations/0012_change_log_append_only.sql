-- The change log is append-only: the database itself refuses to change or remove it.
CREATE OR REPLACE FUNCTION change_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'change_log er en logg som bare kan utvides: % er ikke tillatt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER change_log_no_update_delete
  BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
--> statement-breakpoint
CREATE TRIGGER change_log_no_truncate
  BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION change_log_append_only();
