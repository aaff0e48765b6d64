-- Keeps cooperation_summaries current on write (db/schema/summaries.ts): every statement that
-- changes a table the dossier is read from raises the generation of the cooperations it touched,
-- in the writing transaction. Statement-level triggers with transition tables, so a bulk insert
-- (an import, COPY) bumps each cooperation once rather than once per row.

-- Raise the generation of these cooperations (a row is created on the first write). Cooperations
-- that no longer exist (a cascade from deleting the cooperation) are skipped; id order keeps two
-- writers from locking the same summaries in opposite orders.
CREATE FUNCTION bump_cooperation_summaries(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO cooperation_summaries (cooperation_id, generation)
  SELECT c.id, 1 FROM cooperations c WHERE c.id = ANY(ids) ORDER BY c.id
  ON CONFLICT (cooperation_id) DO UPDATE SET generation = cooperation_summaries.generation + 1;
$$;
--> statement-breakpoint
CREATE FUNCTION touch_summaries_by_cooperation_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_cooperation_summaries(ARRAY(SELECT DISTINCT cooperation_id FROM changed WHERE cooperation_id IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION touch_summaries_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_cooperation_summaries(ARRAY(SELECT id FROM changed));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Minutes files hang on a meeting (the dossier says whether a meeting's minutes are published).
CREATE FUNCTION touch_summaries_by_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_cooperation_summaries(ARRAY(SELECT DISTINCT m.cooperation_id FROM changed JOIN body_meetings m ON m.id = changed.meeting_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Members carry the municipality's name, kind and population (a merger or a rename).
CREATE FUNCTION touch_summaries_by_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_cooperation_summaries(ARRAY(SELECT DISTINCT cm.cooperation_id FROM changed JOIN cooperation_members cm ON cm.kommunenummer = changed.kommunenummer));
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
  fn text;
BEGIN
  FOR t, fn IN
    SELECT * FROM (VALUES
      ('cooperation_members', 'touch_summaries_by_cooperation_id'),
      ('goals', 'touch_summaries_by_cooperation_id'),
      ('sponsors', 'touch_summaries_by_cooperation_id'),
      ('anchoring_points', 'touch_summaries_by_cooperation_id'),
      ('anchoring_occurrences', 'touch_summaries_by_cooperation_id'),
      ('information_items', 'touch_summaries_by_cooperation_id'),
      ('information_executions', 'touch_summaries_by_cooperation_id'),
      ('instrument_uses', 'touch_summaries_by_cooperation_id'),
      ('member_decisions', 'touch_summaries_by_cooperation_id'),
      ('membership_changes', 'touch_summaries_by_cooperation_id'),
      ('body_meetings', 'touch_summaries_by_cooperation_id'),
      ('body_decisions', 'touch_summaries_by_cooperation_id'),
      ('evaluation_rounds', 'touch_summaries_by_cooperation_id'),
      ('cooperations', 'touch_summaries_by_id'),
      ('meeting_minutes_files', 'touch_summaries_by_meeting'),
      ('municipalities', 'touch_summaries_by_municipality')
    ) AS v(t, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_summary_ins', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_summary_upd', t, fn);
    -- Deleting a cooperation cascades to its summary; deleting anything else is a change.
    IF t <> 'cooperations' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_summary_del', t, fn);
    END IF;
  END LOOP;
END $$;
