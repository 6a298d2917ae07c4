CREATE TABLE "used_comment_form_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_attempts" RENAME TO "rate_limit_attempts";--> statement-breakpoint
DROP INDEX "comment_attempts_key_time_idx";--> statement-breakpoint
CREATE INDEX "used_comment_form_tokens_used_at_idx" ON "used_comment_form_tokens" USING btree ("used_at");--> statement-breakpoint
CREATE INDEX "rate_limit_attempts_key_time_idx" ON "rate_limit_attempts" USING btree ("key","attempted_at" DESC NULLS LAST);