import { asc, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { posts, relatedPosts } from '@/db/schema';

// Apart from lib/data/related-posts.ts so the seed can run it on its own connection without the
// app's environment (importing db/client would demand it).

/** How many are kept per post: more than are shown, so a related post going back to draft leaves no gap. */
const KEPT = 5;
export const RELATED_SHOWN = 3;

/**
 * Scores every pair of posts readers may see now or once scheduled: one point per shared tag, plus
 * how much of their wording they share (the overlap of their full-text lexemes, title, excerpt and
 * body alike, as a cosine between 0 and 1), plus a quarter point for the same category. A pair with
 * neither a tag nor a word in common is not related at all.
 */
const SCORED_PAIRS = sql`
  with candidates as (
    select id, category_id, published_at, tsvector_to_array(search_vector) as lexemes
    from posts where deleted_at is null and status <> 'draft'
  ),
  pairs as (
    select a.id as post_id, b.id as related_id, b.published_at,
      (select count(*) from post_tags ta join post_tags tb on tb.tag_id = ta.tag_id where ta.post_id = a.id and tb.post_id = b.id) as shared_tags,
      coalesce(cardinality(array(select unnest(a.lexemes) intersect select unnest(b.lexemes)))
        / nullif(sqrt(cardinality(a.lexemes)::float * cardinality(b.lexemes)), 0), 0) as wording,
      (a.category_id = b.category_id) as same_category
    from candidates a join candidates b on b.id <> a.id
  ),
  scored as (
    select post_id, related_id, published_at, shared_tags + wording + case when same_category then 0.25 else 0 end as score
    from pairs where shared_tags > 0 or wording > 0
  ),
  ranked as (
    select post_id, related_id, score, row_number() over (partition by post_id order by score desc, published_at desc, related_id) as position
    from scored
  )
  select post_id, related_id, score::real as score, position::int as position from ranked where position <= ${KEPT}
  order by post_id, position`;

/** Serializes recomputations: two saves at once must not interleave their rewrites. */
const RELATED_LOCK = 0x72656c61; // "rela"

/**
 * Works out every post's related posts again and stores the lists that changed. Called after a
 * post's content, tags or visibility change; returns the slugs of the posts whose list changed, so
 * exactly their pages are expired. Whole-site: a blog's few hundred posts score in milliseconds.
 */
export async function recomputeRelatedPosts(database: Pick<Database, 'transaction'>): Promise<string[]> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RELATED_LOCK})`);
    const fresh = await tx.execute<{ post_id: number; related_id: number; score: number; position: number }>(SCORED_PAIRS);
    const stored = await tx.select().from(relatedPosts).orderBy(asc(relatedPosts.postId), asc(relatedPosts.position));
    const listOf = (rows: Array<{ postId: number; relatedId: number }>) => {
      const lists = new Map<number, number[]>();
      for (const row of rows) lists.set(row.postId, [...(lists.get(row.postId) ?? []), row.relatedId]);
      return lists;
    };
    const freshRows = fresh.map((row) => ({ postId: row.post_id, relatedId: row.related_id, score: row.score, position: row.position }));
    const before = listOf(stored);
    const after = listOf(freshRows);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((id) => (before.get(id) ?? []).join() !== (after.get(id) ?? []).join());
    if (changed.length === 0) return [];
    await tx.delete(relatedPosts).where(inArray(relatedPosts.postId, changed));
    const rewritten = freshRows.filter((row) => changed.includes(row.postId));
    if (rewritten.length > 0) await tx.insert(relatedPosts).values(rewritten);
    const slugs = await tx.select({ slug: posts.slug }).from(posts).where(inArray(posts.id, changed));
    return slugs.map((row) => row.slug);
  });
}
