import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { posts, postTags, tags } from '@/db/schema';
import type { PostStatus } from '@/lib/validation/post';
import { recordAudit, type Executor } from './audit';
import { isLive, type PostContent } from './post-editing';
import { writeRevision } from './revisions';
import { learnSearchWords } from './search-words';
import { dropSlugRedirect, recordSlugRedirect } from './slug-redirects';
import { setPostTags } from './tags';

/** A post as an import writes it: validated like the editor's input, with the source's own dates and author. */
export interface ImportedPost {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  status: PostStatus;
  publishedAt: Date | null;
  authorId: number;
  categoryId: number;
  tags: string[];
  featureMediaId: number | null;
}

const storedColumns = {
  id: posts.id,
  title: posts.title,
  slug: posts.slug,
  excerpt: posts.excerpt,
  body: posts.body,
  status: posts.status,
  publishedAt: posts.publishedAt,
  authorId: posts.authorId,
  categoryId: posts.categoryId,
  featureMediaId: posts.featureMediaId,
  version: posts.version,
  deletedAt: posts.deletedAt,
};

function contentOf(post: ImportedPost): PostContent {
  const { title, slug, excerpt, categoryId, body, status, tags } = post;
  return { title, slug, excerpt, categoryId, body, status, tags, publishedAt: post.publishedAt?.toISOString() ?? null };
}

function sameAs(stored: ImportedPost & { tags: string[] }, wanted: ImportedPost): boolean {
  return (
    stored.title === wanted.title &&
    stored.slug === wanted.slug &&
    stored.excerpt === wanted.excerpt &&
    stored.body === wanted.body &&
    stored.status === wanted.status &&
    (stored.publishedAt?.getTime() ?? null) === (wanted.publishedAt?.getTime() ?? null) &&
    stored.authorId === wanted.authorId &&
    stored.categoryId === wanted.categoryId &&
    stored.featureMediaId === wanted.featureMediaId &&
    [...stored.tags].sort().join('\n') === [...wanted.tags].sort().join('\n')
  );
}

/**
 * Creates the post, or brings the one an earlier run made up to date, as one more version
 * with its revision (so the history shows what the import changed); a post that is already
 * as imported is left alone, version and all. The redirect and search-word rules of an
 * editor's save apply (lib/data/post-editing.ts).
 */
export async function upsertImportedPost(tx: Executor, knownId: number | null, post: ImportedPost): Promise<{ id: number; outcome: 'created' | 'updated' | 'unchanged' }> {
  const [row] = knownId === null ? [] : await tx.select(storedColumns).from(posts).where(eq(posts.id, knownId)).for('update', { of: posts });
  const stored = row && { ...row, tags: (await tx.select({ name: tags.name }).from(postTags).innerJoin(tags, eq(tags.id, postTags.tagId)).where(eq(postTags.postId, row.id))).map((tag) => tag.name) };
  if (stored && sameAs(stored, post)) return { id: stored.id, outcome: 'unchanged' };
  const { tags: tagNames, ...fields } = post;
  let id: number;
  let version: number;
  if (stored) {
    const [updated] = await tx
      .update(posts)
      .set({ ...fields, version: sql`${posts.version} + 1`, updatedAt: sql`now()` })
      .where(eq(posts.id, stored.id))
      .returning({ id: posts.id, version: posts.version });
    ({ id, version } = updated!);
    if (stored.slug !== post.slug && isLive(stored)) await recordSlugRedirect(tx, 'post', stored.slug, id);
  } else {
    const [created] = await tx.insert(posts).values(fields).returning({ id: posts.id, version: posts.version });
    ({ id, version } = created!);
  }
  await setPostTags(tx, id, tagNames);
  await writeRevision({ kind: 'post', itemId: id, version, authorId: post.authorId, content: contentOf(post) }, tx);
  if (post.status !== 'draft') await learnSearchWords(tx, `${post.title} ${post.excerpt} ${post.body}`);
  if (isLive({ ...post, deletedAt: null })) await dropSlugRedirect(tx, 'post', post.slug);
  await recordAudit({ actorId: null, action: stored ? 'post.import-update' : 'post.import', targetType: 'post', targetId: id, targetLabel: post.title, details: { version, status: post.status } }, tx);
  return { id, outcome: stored ? 'updated' : 'created' };
}
