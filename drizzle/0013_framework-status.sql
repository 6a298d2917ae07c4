CREATE TYPE "public"."framework_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "framework_slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"framework_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "status" "framework_status" DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "framework_slug_redirects" ADD CONSTRAINT "framework_slug_redirects_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;