-- Decisions of the cooperations' bodies now belong to a meeting. Until now only the demo seed
-- wrote them: every (cooperation, body, date) becomes one meeting of the design-phase body
-- with that name or kind. The date the documents went out was never recorded, so it stays
-- unknown rather than invented.
INSERT INTO "body_meetings" ("cooperation_id", "body_id", "body_name", "meeting_date")
SELECT g.cooperation_id,
       coalesce(
         (SELECT b->>'id' FROM jsonb_array_elements(coalesce(c.design->'bodies', '[]'::jsonb)) b
           WHERE lower(b->>'name') = lower(g.body) OR lower(b->>'kind') = lower(g.body) LIMIT 1),
         'ukjent'),
       g.body,
       g.date
FROM (SELECT DISTINCT "cooperation_id", "body", "date" FROM "body_decisions") g
JOIN "cooperations" c ON c.id = g.cooperation_id;
--> statement-breakpoint
UPDATE "body_decisions" d SET "meeting_id" = m.id
FROM "body_meetings" m
WHERE m.cooperation_id = d.cooperation_id AND m.body_name = d.body AND m.meeting_date = d.date;
--> statement-breakpoint
-- Prepared by every member on the meeting day = 'ja', by none = 'nei', by some = 'delvis'
-- (the list is kept). A member on a day follows lib/domain/membership.ts: not merely
-- proposed, joined on or before the day (or from the beginning), left on or after it.
UPDATE "body_decisions" d SET "prepared" = CASE
  WHEN jsonb_array_length(d.prepared_by_member_ids) = 0 THEN 'nei'
  WHEN NOT EXISTS (
    SELECT 1 FROM "cooperation_members" cm
    WHERE cm.cooperation_id = d.cooperation_id
      AND cm.proposed = false
      AND (cm.joined_at IS NULL OR cm.joined_at <= d.date)
      AND (cm.left_at IS NULL OR cm.left_at >= d.date)
      AND NOT (d.prepared_by_member_ids ? cm.id::text)) THEN 'ja'
  ELSE 'delvis' END;
--> statement-breakpoint
-- Expected benefit becomes a scale next to the text. Only wording that says the level plainly
-- is read; anything else stays unassessed (null) and the cooperation is asked to assess it.
UPDATE "cooperation_members" SET "expected_benefit_level" = CASE
  WHEN "expected_benefit" ~* '(^|\W)ingen (nytte|gevinst)|^ingen\.?$' THEN 'ingen'
  WHEN "expected_benefit" ~* '(^|\W)(liten|lav|begrenset) (nytte|gevinst)' THEN 'lav'
  WHEN "expected_benefit" ~* '(^|\W)(middels|moderat) (nytte|gevinst)' THEN 'middels'
  WHEN "expected_benefit" ~* '(^|\W)(stor|høy|betydelig) (nytte|gevinst)' THEN 'hoy'
  ELSE NULL END
WHERE "expected_benefit" IS NOT NULL;
