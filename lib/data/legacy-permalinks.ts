import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, legacyPermalinks, media, posts, tags } from '@/db/schema';
import { mediaFileUrl } from '@/lib/media/urls';
import { paths } from '@/lib/paths';
import { isPubliclyVisible } from './visibility';

/**
 * Every old address of an imported site with the current address of what it pointed at,
 * in one query (lib/http/legacy-permalink-gate.ts keeps the answer in memory). A post only
 * while readers may see it; an image leads to its widest fallback file.
 */
export async function listLegacyPermalinkTargets(): Promise<Map<string, string>> {
  const rows = await db
    .select({
      path: legacyPermalinks.path,
      postSlug: posts.slug,
      categorySlug: categories.slug,
      tagSlug: tags.slug,
      mediaHash: media.hash,
      mediaFile: sql<string | null>`(select f.name from media_files f where f.media_id = ${media.id} and f.name ~ '^[0-9]+[.](jpg|png|gif)$' order by f.width desc limit 1)`,
    })
    .from(legacyPermalinks)
    .leftJoin(posts, and(eq(legacyPermalinks.kind, 'post'), eq(posts.id, legacyPermalinks.targetId), isPubliclyVisible))
    .leftJoin(categories, and(eq(legacyPermalinks.kind, 'category'), eq(categories.id, legacyPermalinks.targetId)))
    .leftJoin(tags, and(eq(legacyPermalinks.kind, 'tag'), eq(tags.id, legacyPermalinks.targetId)))
    .leftJoin(media, and(eq(legacyPermalinks.kind, 'media'), eq(media.id, legacyPermalinks.targetId)));
  const targets = new Map<string, string>();
  for (const row of rows) {
    const target = row.postSlug
      ? paths.post(row.postSlug)
      : row.categorySlug
        ? paths.category(row.categorySlug)
        : row.tagSlug
          ? paths.tag(row.tagSlug)
          : row.mediaHash && row.mediaFile
            ? mediaFileUrl(row.mediaHash, row.mediaFile)
            : null;
    if (target) targets.set(row.path, target);
  }
  return targets;
}
