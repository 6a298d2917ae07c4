-- Custom SQL migration file, put your code below! --
-- The words of what is already published, as lib/data/search-words.ts adds them on every later save.
INSERT INTO "search_words" ("word")
SELECT DISTINCT w.word
FROM (
  SELECT "title" || ' ' || "excerpt" || ' ' || "body" AS "text" FROM "posts" WHERE "status" <> 'draft' AND "deleted_at" IS NULL
  UNION ALL
  SELECT "name" || ' ' || "language" || ' ' || "architecture" || ' ' || "search_text" FROM "frameworks"
) AS content, regexp_split_to_table(lower(content."text"), '[^[:alpha:]]+') AS w("word")
WHERE length(w.word) BETWEEN 3 AND 40
ORDER BY 1
ON CONFLICT DO NOTHING;
