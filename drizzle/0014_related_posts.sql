CREATE TABLE "related_posts" (
	"post_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"related_id" integer NOT NULL,
	"score" real NOT NULL,
	CONSTRAINT "related_posts_post_id_position_pk" PRIMARY KEY("post_id","position")
);
--> statement-breakpoint
ALTER TABLE "related_posts" ADD CONSTRAINT "related_posts_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_posts" ADD CONSTRAINT "related_posts_related_id_posts_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;