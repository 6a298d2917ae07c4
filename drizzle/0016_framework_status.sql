CREATE TYPE "public"."framework_status" AS ENUM('draft', 'published');--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "status" "framework_status" DEFAULT 'published' NOT NULL;