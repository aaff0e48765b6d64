CREATE TABLE "body_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"body_id" text NOT NULL,
	"body_name" text NOT NULL,
	"meeting_date" date NOT NULL,
	"documents_sent_date" date,
	"minutes_url" text,
	"minutes_public" boolean DEFAULT false NOT NULL,
	"row_version" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_minutes_files" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_members" ADD COLUMN "expected_benefit_level" text;--> statement-breakpoint
ALTER TABLE "cooperations" ADD COLUMN "documents_notice_days" integer;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD COLUMN "event" text;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD COLUMN "event_date" date;--> statement-breakpoint
ALTER TABLE "anchoring_occurrences" ADD COLUMN "event_key" text;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "outcome" text DEFAULT 'vedtatt' NOT NULL;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "prepared" text DEFAULT 'ja' NOT NULL;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "anchoring_event" text;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "kind" text DEFAULT 'ordinaert' NOT NULL;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "follow_up_months" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "occurrences_created" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "body_meetings" ADD CONSTRAINT "body_meetings_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_meetings" ADD CONSTRAINT "body_meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes_files" ADD CONSTRAINT "meeting_minutes_files_meeting_id_body_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."body_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes_files" ADD CONSTRAINT "meeting_minutes_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_meetings_cooperation_idx" ON "body_meetings" USING btree ("cooperation_id","meeting_date");--> statement-breakpoint
CREATE INDEX "body_meetings_recorded_by_idx" ON "body_meetings" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "meeting_minutes_files_uploaded_by_idx" ON "meeting_minutes_files" USING btree ("uploaded_by");--> statement-breakpoint
ALTER TABLE "body_decisions" ADD CONSTRAINT "body_decisions_meeting_id_body_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."body_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_decisions" ADD CONSTRAINT "body_decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "anchoring_occurrences_event_idx" ON "anchoring_occurrences" USING btree ("member_id","event_key");--> statement-breakpoint
CREATE INDEX "body_decisions_meeting_idx" ON "body_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "body_decisions_recorded_by_idx" ON "body_decisions" USING btree ("recorded_by");