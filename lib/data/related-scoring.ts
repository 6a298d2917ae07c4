import { asc, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { posts, relatedPosts } from '@/db/schema';

// Apart from lib/data/related-posts.ts so the seed can run it on its own connection without the
// app's environment (importing db/client would demand it).

/** How many are kept per post: more than are shown, so a related post going back to draft leaves no gap. */
const KEPT = 5;
export const RELATED_SHOWN = 3;

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type Score = { relatedId: number; score: number };

/** Posts readers may see now or once scheduled: the ones that have, and appear in, related lists. */
const isCandidate = sql`deleted_at is null and status <> 'draft'`;

/**
 * How close every other candidate is to one post: one point per shared tag, plus how much of their
 * wording they share (the overlap of their full-text lexemes, title, excerpt and body alike, as a
 * cosine between 0 and 1), plus a quarter point for the same category. Best first; a post with
 * neither a tag nor a word in common is left out. The score is symmetric, which is what lets a
 * change be worked out from the changed post alone (`recomputeRelatedAround`).
 */
async function scoresAgainst(tx: Transaction, postId: number): Promise<Score[]> {
  const rows = await tx.execute<{ related_id: number; score: number }>(sql`
    with me as (
      select id, category_id, tsvector_to_array(search_vector) as lexemes from posts where id = ${postId} and ${isCandidate}
    ),
    others as (
      select p.id, p.category_id, p.published_at, tsvector_to_array(p.search_vector) as lexemes
      from posts p where ${isCandidate} and p.id <> ${postId}
    ),
    shared_words as (
      select o.id, count(*) as shared from others o cross join lateral unnest(o.lexemes) as l(lexeme)
      join (select unnest(lexemes) as lexeme from me) m on m.lexeme = l.lexeme group by o.id
    ),
    shared_tags as (
      select tb.post_id as id, count(*) as shared from post_tags ta join post_tags tb on tb.tag_id = ta.tag_id
      where ta.post_id = (select id from me) and tb.post_id <> ta.post_id group by tb.post_id
    )
    select o.id as related_id,
      (coalesce(t.shared, 0) + coalesce(w.shared / nullif(sqrt(cardinality((select lexemes from me))::float * cardinality(o.lexemes)), 0), 0)
        + case when o.category_id = (select category_id from me) then 0.25 else 0 end)::real as score
    from others o left join shared_words w on w.id = o.id left join shared_tags t on t.id = o.id
    where w.id is not null or t.id is not null
    order by score desc, o.published_at desc, o.id`);
  return rows.map((row) => ({ relatedId: row.related_id, score: row.score }));
}

/** Serializes recomputations: two saves at once must not interleave their rewrites. */
const RELATED_LOCK = 0x72656c61; // "rela"

async function storedLists(tx: Transaction): Promise<Map<number, Score[]>> {
  const rows = await tx.select().from(relatedPosts).orderBy(asc(relatedPosts.postId), asc(relatedPosts.position));
  const lists = new Map<number, Score[]>();
  for (const row of rows) lists.set(row.postId, [...(lists.get(row.postId) ?? []), { relatedId: row.relatedId, score: row.score }]);
  return lists;
}

/** Writes the lists that differ from what is stored; the slugs of their posts. */
async function storeChanged(tx: Transaction, stored: Map<number, Score[]>, fresh: Map<number, Score[]>): Promise<string[]> {
  const same = (a: Score[] = [], b: Score[] = []) => a.map((s) => s.relatedId).join() === b.map((s) => s.relatedId).join();
  const changed = [...fresh.keys()].filter((id) => !same(stored.get(id), fresh.get(id)));
  if (changed.length === 0) return [];
  await tx.delete(relatedPosts).where(inArray(relatedPosts.postId, changed));
  const rows = changed.flatMap((postId) => fresh.get(postId)!.map((entry, index) => ({ postId, position: index + 1, ...entry })));
  if (rows.length > 0) await tx.insert(relatedPosts).values(rows);
  const slugs = await tx.select({ slug: posts.slug }).from(posts).where(inArray(posts.id, changed));
  return slugs.map((row) => row.slug);
}

/**
 * After posts changed (text, tags, visibility): their lists again, and those of every post whose
 * list held one of them or would now take one in, since the score is symmetric. Nothing else can
 * have moved. Returns the slugs of the posts whose list changed, so exactly their pages expire.
 */
export async function recomputeRelatedAround(database: Pick<Database, 'transaction'>, changedIds: number[]): Promise<string[]> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RELATED_LOCK})`);
    const stored = await storedLists(tx);
    const fresh = new Map<number, Score[]>();
    const affected = new Set<number>();
    for (const id of changedIds) {
      const scores = await scoresAgainst(tx, id);
      fresh.set(id, scores.slice(0, KEPT));
      for (const [otherId, list] of stored) if (list.some((entry) => entry.relatedId === id)) affected.add(otherId);
      for (const { relatedId, score } of scores) {
        const theirs = stored.get(relatedId) ?? [];
        if (theirs.length < KEPT || score >= theirs.at(-1)!.score) affected.add(relatedId);
      }
    }
    for (const id of affected) if (!fresh.has(id)) fresh.set(id, (await scoresAgainst(tx, id)).slice(0, KEPT));
    return storeChanged(tx, stored, fresh);
  });
}

/** Every post's list from scratch: for the seed, and after changes that touch many posts at once (a tag merge). */
export async function recomputeAllRelated(database: Pick<Database, 'transaction'>): Promise<string[]> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RELATED_LOCK})`);
    const stored = await storedLists(tx);
    const ids = (await tx.select({ id: posts.id }).from(posts).where(isCandidate)).map((row) => row.id);
    const fresh = new Map<number, Score[]>();
    for (const id of new Set([...ids, ...stored.keys()])) fresh.set(id, (await scoresAgainst(tx, id)).slice(0, KEPT));
    return storeChanged(tx, stored, fresh);
  });
}
