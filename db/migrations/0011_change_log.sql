CREATE TABLE "change_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"save_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"unit" text NOT NULL,
	"version" integer NOT NULL,
	"section" text NOT NULL,
	"field_key" text NOT NULL,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text,
	"public" boolean DEFAULT false NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "content_versions" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "change_log" ADD CONSTRAINT "change_log_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_log" ADD CONSTRAINT "change_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_log_cooperation_idx" ON "change_log" USING btree ("cooperation_id","created_at");--> statement-breakpoint
CREATE INDEX "change_log_unit_idx" ON "change_log" USING btree ("cooperation_id","unit","version");--> statement-breakpoint
CREATE INDEX "change_log_actor_idx" ON "change_log" USING btree ("actor_id");