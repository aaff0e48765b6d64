DROP INDEX "cooperations_legal_form_idx";--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "legal_form" text GENERATED ALWAYS AS (("design"->>'legalForm')) STORED;--> statement-breakpoint
CREATE INDEX "cooperations_legal_form_idx" ON "cooperations" USING btree ("legal_form","id");