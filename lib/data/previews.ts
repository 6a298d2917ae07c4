import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, previewLinks, users, workingCopies } from '@/db/schema';
import { recordAudit } from './audit';

export type PreviewSource = (typeof previewLinks.source.enumValues)[number];

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token is 32 url-safe characters (24 random bytes); anything else is no token of ours. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export interface PreviewLinkSummary {
  id: number;
  source: PreviewSource;
  createdByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  openCount: number;
}

/** A new link to a post, valid for `days`. The token is returned once and stored only as a hash. */
export async function createPreviewLink(input: { postId: number; postTitle: string; source: PreviewSource; days: number; actorId: number }): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.days * 86_400_000);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(previewLinks)
      .values({ tokenHash: hashOf(token), postId: input.postId, source: input.source, createdBy: input.actorId, expiresAt })
      .returning({ id: previewLinks.id });
    await recordAudit(
      { actorId: input.actorId, action: 'post.preview_link_create', targetType: 'post', targetId: input.postId, targetLabel: input.postTitle, details: { link: row!.id, source: input.source, days: input.days } },
      tx,
    );
  });
  return { token, expiresAt };
}

/** Newest first, revoked and expired ones too, so the author sees what was shared and when it was opened. */
export function listPreviewLinks(postId: number): Promise<PreviewLinkSummary[]> {
  return db
    .select({
      id: previewLinks.id,
      source: previewLinks.source,
      createdByName: users.name,
      createdAt: previewLinks.createdAt,
      expiresAt: previewLinks.expiresAt,
      revokedAt: previewLinks.revokedAt,
      lastOpenedAt: previewLinks.lastOpenedAt,
      openCount: previewLinks.openCount,
    })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdBy))
    .where(eq(previewLinks.postId, postId))
    .orderBy(desc(previewLinks.createdAt), desc(previewLinks.id));
}

/** Ends one of the post's links at once; false when there is no such live link of that post. */
export async function revokePreviewLink(input: { linkId: number; postId: number; postTitle: string; actorId: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(previewLinks)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(previewLinks.id, input.linkId), eq(previewLinks.postId, input.postId), isNull(previewLinks.revokedAt)))
      .returning({ id: previewLinks.id });
    if (revoked.length === 0) return false;
    await recordAudit({ actorId: input.actorId, action: 'post.preview_link_revoke', targetType: 'post', targetId: input.postId, targetLabel: input.postTitle, details: { link: input.linkId } }, tx);
    return true;
  });
}

export interface PreviewContent {
  title: string;
  excerpt: string;
  body: string;
  authorName: string;
  categoryName: string;
  expiresAt: Date;
  /** True when it shows the creator's unsaved working copy. */
  fromWorkingCopy: boolean;
}

/** What a preview address answers: the post, "gone" (410), or the live post's address (308). */
export type PreviewState = { state: 'gone' } | { state: 'published'; slug: string } | ({ state: 'preview' } & PreviewContent);

/**
 * Resolves a preview token to the one post it was made for; no token can
 * reach another post. An expired or revoked link, or one whose post is in the
 * trash, is gone; one whose post has gone live points to it. `record` counts
 * the opening (the page does, the proxy's look-ahead does not).
 */
export async function openPreview(token: string, { record }: { record: boolean }): Promise<PreviewState> {
  if (!TOKEN.test(token)) return { state: 'gone' };
  const [row] = await db
    .select({
      id: previewLinks.id,
      source: previewLinks.source,
      createdBy: previewLinks.createdBy,
      expiresAt: previewLinks.expiresAt,
      revokedAt: previewLinks.revokedAt,
      postId: posts.id,
      title: posts.title,
      slug: posts.slug,
      excerpt: posts.excerpt,
      body: posts.body,
      status: posts.status,
      publishedAt: posts.publishedAt,
      deletedAt: posts.deletedAt,
      authorName: users.name,
      categoryName: categories.name,
    })
    .from(previewLinks)
    .innerJoin(posts, eq(posts.id, previewLinks.postId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(eq(previewLinks.tokenHash, hashOf(token)));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now() || row.deletedAt) return { state: 'gone' };
  // Live as readers see it (lib/data/visibility.ts): the preview's job is done.
  if (row.status !== 'draft' && row.publishedAt !== null && row.publishedAt.getTime() <= Date.now()) return { state: 'published', slug: row.slug };
  if (record) await db.update(previewLinks).set({ lastOpenedAt: sql`now()`, openCount: sql`${previewLinks.openCount} + 1` }).where(eq(previewLinks.id, row.id));
  const copy = row.source === 'working-copy' && row.createdBy !== null ? await workingCopyFields(row.postId, row.createdBy) : null;
  return {
    state: 'preview',
    title: copy?.title ?? row.title,
    excerpt: copy?.excerpt ?? row.excerpt,
    body: copy?.body ?? row.body,
    authorName: row.authorName,
    categoryName: row.categoryName,
    expiresAt: row.expiresAt,
    fromWorkingCopy: copy !== null,
  };
}

async function workingCopyFields(postId: number, userId: number): Promise<{ title: string; excerpt: string; body: string } | null> {
  const [copy] = await db
    .select({ fields: workingCopies.fields })
    .from(workingCopies)
    .where(and(eq(workingCopies.kind, 'post'), eq(workingCopies.itemId, postId), eq(workingCopies.userId, userId)));
  if (!copy) return null;
  const fields = copy.fields as Record<string, unknown>;
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).replace(/\r\n?/g, '\n') : '');
  return { title: text('title'), excerpt: text('excerpt'), body: text('body') };
}
