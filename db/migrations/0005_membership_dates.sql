CREATE TABLE "membership_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"member_id" uuid,
	"member_name" text NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"status" text DEFAULT 'foreslatt' NOT NULL,
	"reason" text,
	"decision_round" integer,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "joined_at" date;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "proposed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_changes" ADD CONSTRAINT "membership_changes_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_changes" ADD CONSTRAINT "membership_changes_member_id_cooperation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_changes_cooperation_idx" ON "membership_changes" USING btree ("cooperation_id");--> statement-breakpoint
CREATE INDEX "membership_changes_member_idx" ON "membership_changes" USING btree ("member_id");