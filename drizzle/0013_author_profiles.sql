ALTER TABLE "users" ADD COLUMN "slug" text;--> statement-breakpoint
-- Existing people get a slug from their name (ASCII words joined by hyphens, as lib/slug.ts makes them);
-- a name with no usable letters becomes "author", and a slug already taken gets the id appended.
WITH made AS (
  SELECT id, coalesce(nullif(trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), ''), 'author') AS base FROM "users"
), numbered AS (
  SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY id) AS n FROM made
)
UPDATE "users" u SET "slug" = CASE WHEN numbered.n = 1 THEN numbered.base ELSE numbered.base || '-' || u.id END
FROM numbered WHERE numbered.id = u.id;--> statement-breakpoint
-- A numbered slug may equal another name's own ("Annie", "Annie", "Annie 2"): number again until none is shared.
DO $$
BEGIN
  LOOP
    UPDATE "users" u SET "slug" = u."slug" || '-' || u.id
    WHERE EXISTS (SELECT 1 FROM "users" o WHERE o."slug" = u."slug" AND o.id < u.id);
    EXIT WHEN NOT FOUND;
  END LOOP;
END $$;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "bio" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "avatar_media_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_avatar_media_id_media_id_fk" FOREIGN KEY ("avatar_media_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_slug_idx" ON "users" USING btree ("slug");
