CREATE TABLE "import_mappings" (
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"external_id" text NOT NULL,
	"local_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_source_kind_external_id_pk" PRIMARY KEY("source","kind","external_id"),
	CONSTRAINT "import_mappings_kind_check" CHECK ("import_mappings"."kind" in ('user', 'category', 'tag', 'post', 'comment', 'media'))
);
--> statement-breakpoint
CREATE TABLE "legacy_permalinks" (
	"path" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legacy_permalinks_kind_check" CHECK ("legacy_permalinks"."kind" in ('post', 'category', 'tag', 'media'))
);
--> statement-breakpoint
CREATE INDEX "import_mappings_local_idx" ON "import_mappings" USING btree ("kind","local_id");