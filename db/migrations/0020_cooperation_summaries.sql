CREATE TABLE "cooperation_summaries" (
	"cooperation_id" uuid PRIMARY KEY NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"computed_generation" integer,
	"computed_for" date,
	"summary" jsonb
);
--> statement-breakpoint
ALTER TABLE "cooperation_summaries" ADD CONSTRAINT "cooperation_summaries_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_summaries_computed_for_idx" ON "cooperation_summaries" USING btree ("computed_for");