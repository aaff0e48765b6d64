ALTER TABLE "municipalities" ADD COLUMN "maalform" text DEFAULT 'bokmal' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text;