ALTER TABLE "municipalities" ADD COLUMN "kind" text DEFAULT 'kommune' NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "organisation_number" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "agreement_url" text;--> statement-breakpoint
CREATE UNIQUE INDEX "cooperations_organisation_number_idx" ON "cooperations" USING btree ("organisation_number") WHERE "cooperations"."organisation_number" is not null;--> statement-breakpoint
CREATE INDEX "cooperations_name_lower_idx" ON "cooperations" USING btree (lower("name"));