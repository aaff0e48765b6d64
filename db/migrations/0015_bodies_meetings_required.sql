DROP INDEX "body_decisions_cooperation_idx";--> statement-breakpoint
ALTER TABLE "body_decisions" ALTER COLUMN "meeting_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "body_decisions_cooperation_idx" ON "body_decisions" USING btree ("cooperation_id");--> statement-breakpoint
ALTER TABLE "body_decisions" DROP COLUMN "body";--> statement-breakpoint
ALTER TABLE "body_decisions" DROP COLUMN "date";--> statement-breakpoint
ALTER TABLE "body_decisions" DROP COLUMN "documents_sent_in_time";