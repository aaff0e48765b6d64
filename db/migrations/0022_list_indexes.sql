DROP INDEX "cooperation_members_kommune_idx";--> statement-breakpoint
CREATE INDEX "cooperations_list_idx" ON "cooperations" USING btree ("id","state","name");--> statement-breakpoint
CREATE INDEX "anchoring_occurrences_open_idx" ON "anchoring_occurrences" USING btree ("cooperation_id","status","due_date","held_date") WHERE "anchoring_occurrences"."status" in ('planlagt', 'utsatt');--> statement-breakpoint
CREATE INDEX "sponsors_reconfirm_idx" ON "sponsors" USING btree ("cooperation_id") WHERE "sponsors"."needs_reconfirmation";--> statement-breakpoint
CREATE INDEX "cooperation_members_kommune_idx" ON "cooperation_members" USING btree ("kommunenummer","cooperation_id","proposed","joined_at","left_at");