-- A correction of a member decision is history: the database refuses to change it. It may
-- go with the decision it corrects (ON DELETE CASCADE), so DELETE is left to that key.
CREATE OR REPLACE FUNCTION decision_corrections_no_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'decision_corrections er historikk som ikke kan endres: % er ikke tillatt', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER decision_corrections_no_update
  BEFORE UPDATE ON decision_corrections
  FOR EACH ROW EXECUTE FUNCTION decision_corrections_no_update();
