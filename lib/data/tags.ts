import 'server-only';
import { and, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { posts, postTags, slugRedirects, tags } from '@/db/schema';
import { slugify } from '@/lib/slug';
import type { Executor } from './audit';
import { isPubliclyVisible } from './visibility';

export interface TagSummary {
  slug: string;
  name: string;
}

export interface TagDetail extends TagSummary {
  description: string;
}

/** A post's tags, by name, for the lists and the post page (one subquery per row of a page of posts). */
export const tagsOfPost: SQL<TagSummary[]> = sql<TagSummary[]>`coalesce((
  select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by lower(t.name))
  from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ${posts.id}
), '[]'::json)`;

/** A post's tag names, as the editor shows and revisions store them. */
export const tagNamesOfPost: SQL<string[]> = sql<string[]>`array(
  select t.name from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ${posts.id} order by lower(t.name)
)`;

/** Lists only the posts carrying the tag. */
export function hasTag(slug: string): SQL {
  return sql`exists (select 1 from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ${posts.id} and t.slug = ${slug})`;
}

/**
 * Gives the post exactly these tags, in the save's transaction. A name typed
 * for the first time makes its tag; a name whose address exists already is
 * that tag, keeping the spelling it was made with.
 */
export async function setPostTags(tx: Executor, postId: number, names: readonly string[]): Promise<void> {
  const wanted = await followMergedTags(tx, names.map((name) => ({ slug: slugify(name), name })));
  const slugs = wanted.map((tag) => tag.slug);
  if (wanted.length > 0) {
    // Sorted, so two saves making the same new tags take their locks in one order.
    await tx.insert(tags).values([...wanted].sort((a, b) => a.slug.localeCompare(b.slug))).onConflictDoNothing({ target: tags.slug });
  }
  const ids = slugs.length === 0 ? [] : (await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, slugs))).map((row) => row.id);
  await tx.delete(postTags).where(ids.length === 0 ? eq(postTags.postId, postId) : and(eq(postTags.postId, postId), notInArray(postTags.tagId, ids)));
  if (ids.length > 0) await tx.insert(postTags).values(ids.map((tagId) => ({ postId, tagId }))).onConflictDoNothing();
}

/**
 * A name of a tag that was renamed or merged away (an open editor, a restored revision) is the
 * tag it became, not a new tag of the old name (decision 021).
 */
async function followMergedTags(tx: Executor, wanted: Array<{ slug: string; name: string }>): Promise<Array<{ slug: string; name: string }>> {
  if (wanted.length === 0) return wanted;
  const moved = await tx
    .select({ oldSlug: slugRedirects.oldSlug, slug: tags.slug, name: tags.name })
    .from(slugRedirects)
    .innerJoin(tags, eq(tags.id, slugRedirects.targetId))
    .where(and(eq(slugRedirects.kind, 'tag'), inArray(slugRedirects.oldSlug, wanted.map((tag) => tag.slug))));
  const targetOf = new Map(moved.map((row) => [row.oldSlug, { slug: row.slug, name: row.name }]));
  const seen = new Set<string>();
  return wanted.map((tag) => targetOf.get(tag.slug) ?? tag).filter((tag) => !seen.has(tag.slug) && Boolean(seen.add(tag.slug)));
}

/** A tag readers may see: one at least one public post carries. A tag only drafts use does not exist for them. */
export async function getPublicTag(slug: string): Promise<TagDetail | null> {
  const [row] = await db
    .select({ slug: tags.slug, name: tags.name, description: tags.description })
    .from(tags)
    .where(and(eq(tags.slug, slug), sql`exists (select 1 from post_tags pt join posts on posts.id = pt.post_id where pt.tag_id = ${tags.id} and ${isPubliclyVisible})`));
  return row ?? null;
}

/** Every tag with its public posts counted, most used first: the sitemap and the editor's suggestions. */
export async function listTagCounts(): Promise<Array<TagSummary & { postCount: number }>> {
  return db
    .select({ slug: tags.slug, name: tags.name, postCount: sql<number>`count(${posts.id})::int` })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, and(eq(posts.id, postTags.postId), isPubliclyVisible))
    .groupBy(tags.id)
    .orderBy(sql`count(${posts.id}) desc`, sql`lower(${tags.name})`);
}

/** Every tag's name, for the editor to suggest (drafts' tags too: editors see drafts). */
export async function listTagNames(): Promise<string[]> {
  return (await db.select({ name: tags.name }).from(tags).orderBy(sql`lower(${tags.name})`)).map((row) => row.name);
}
