CREATE TABLE "municipality_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommunenummer" text NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"invited_name" text NOT NULL,
	"invited_email" text NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"sponsor_id" uuid,
	"member_id" uuid,
	"person_name" text NOT NULL,
	"user_id" uuid NOT NULL,
	"role_assignment_id" uuid,
	"invited_at" timestamp with time zone,
	"invitation_expires_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipality_invitations" ADD CONSTRAINT "municipality_invitations_kommunenummer_municipalities_kommunenummer_fk" FOREIGN KEY ("kommunenummer") REFERENCES "public"."municipalities"("kommunenummer") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_invitations" ADD CONSTRAINT "municipality_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_invitations" ADD CONSTRAINT "municipality_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_sponsor_id_sponsors_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."sponsors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_member_id_cooperation_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cooperation_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_role_assignment_id_role_assignments_id_fk" FOREIGN KEY ("role_assignment_id") REFERENCES "public"."role_assignments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipality_invitations_kommune_idx" ON "municipality_invitations" USING btree ("kommunenummer","accepted_at");--> statement-breakpoint
CREATE INDEX "municipality_invitations_user_idx" ON "municipality_invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "municipality_invitations_invited_by_idx" ON "municipality_invitations" USING btree ("invited_by");--> statement-breakpoint
CREATE INDEX "person_links_cooperation_idx" ON "person_links" USING btree ("cooperation_id");--> statement-breakpoint
CREATE INDEX "person_links_user_idx" ON "person_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "person_links_member_idx" ON "person_links" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "person_links_role_assignment_idx" ON "person_links" USING btree ("role_assignment_id");--> statement-breakpoint
CREATE INDEX "person_links_created_by_idx" ON "person_links" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "person_links_sponsor_idx" ON "person_links" USING btree ("sponsor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_links_leader_idx" ON "person_links" USING btree ("cooperation_id") WHERE "person_links"."role" = 'operativ_leder';--> statement-breakpoint
CREATE UNIQUE INDEX "person_links_representative_idx" ON "person_links" USING btree ("member_id","user_id") WHERE "person_links"."role" = 'medlemsrepresentant';