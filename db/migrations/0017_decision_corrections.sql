CREATE TABLE "decision_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_decisions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_decision_id_member_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."member_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_corrections_cooperation_idx" ON "decision_corrections" USING btree ("cooperation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_corrections_decision_idx" ON "decision_corrections" USING btree ("decision_id","version");--> statement-breakpoint
CREATE INDEX "decision_corrections_actor_idx" ON "decision_corrections" USING btree ("actor_id");