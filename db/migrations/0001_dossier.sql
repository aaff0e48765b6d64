CREATE TABLE "anchoring_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"anchoring_point_id" uuid,
	"member_id" uuid NOT NULL,
	"body" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'planlagt' NOT NULL,
	"held_date" date,
	"saksnummer" text,
	"minutes_url" text,
	"note" text,
	"logged_by" uuid,
	"logged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "anchoring_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"body" text NOT NULL,
	"trigger_type" text NOT NULL,
	"frequency" text,
	"event" text,
	"member_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "body_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"political" boolean NOT NULL,
	"within_mandate" boolean DEFAULT false NOT NULL,
	"documents_sent_in_time" boolean DEFAULT true NOT NULL,
	"prepared_by_member_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"saksnummer" text,
	"url" text,
	"is_public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"election_date" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cooperations_flagged" integer DEFAULT 0 NOT NULL,
	"sponsors_flagged" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "elections_election_date_unique" UNIQUE("election_date")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"indicator" text DEFAULT '' NOT NULL,
	"baseline" text DEFAULT '' NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"deadline" date,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"content" text NOT NULL,
	"timing" text NOT NULL,
	"channel" text NOT NULL,
	"place" text,
	"responsible" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instrument_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"family" text NOT NULL,
	"code" text,
	"label" text NOT NULL,
	"status" text NOT NULL,
	"document_url" text
);
--> statement-breakpoint
CREATE TABLE "member_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"body" text NOT NULL,
	"date" date NOT NULL,
	"saksnummer" text,
	"outcome" text NOT NULL,
	"url" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"user_id" uuid,
	"confirmed_at" timestamp with time zone,
	"needs_reconfirmation" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "workflow_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"event_type" text NOT NULL,
	"from_state" jsonb NOT NULL,
	"to_state" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"comment" text,
	"payload" jsonb,
	"machine_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "usage" numeric;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "fixed_share_percent" numeric;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "representatives" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "contact_person" text;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "contact_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "expected_benefit" text;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "left_at" date;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "problem_what" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "problem_why" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "problem_how" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "geographic_level" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "is_public" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "state_value" jsonb DEFAULT '"utkast"'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "machine_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "row_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "framing" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "design" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "support" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "participation" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "exit_checklist" jsonb;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD CONSTRAINT "anchoring_occurrences_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD CONSTRAINT "anchoring_occurrences_anchoring_point_id_anchoring_points_id_fk" FOREIGN KEY ("anchoring_point_id") REFERENCES "public"."anchoring_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD CONSTRAINT "anchoring_occurrences_member_id_cooperation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD CONSTRAINT "anchoring_occurrences_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anchoring_points" ADD CONSTRAINT "anchoring_points_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD CONSTRAINT "body_decisions_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_items" ADD CONSTRAINT "information_items_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_uses" ADD CONSTRAINT "instrument_uses_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_decisions" ADD CONSTRAINT "member_decisions_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_decisions" ADD CONSTRAINT "member_decisions_member_id_cooperation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_decisions" ADD CONSTRAINT "member_decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_member_id_cooperation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anchoring_occurrences_cooperation_idx" ON "anchoring_occurrences" USING btree ("cooperation_id","due_date");--> statement-breakpoint
CREATE INDEX "anchoring_occurrences_member_idx" ON "anchoring_occurrences" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_decisions_cooperation_idx" ON "member_decisions" USING btree ("cooperation_id","round");--> statement-breakpoint
CREATE INDEX "sponsors_cooperation_idx" ON "sponsors" USING btree ("cooperation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_events_seq_idx" ON "workflow_events" USING btree ("cooperation_id","seq");