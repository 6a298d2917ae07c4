import { eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, slugRedirects, users } from '@/db/schema';
import type { PostPlacement } from '@/lib/cache/invalidate';
import type { PostInput, PostStatus } from '@/lib/validation/post';
import { recordAudit, type Executor } from './audit';
import { deleteCommentsOf } from './comments';
import { isForeignKeyViolation, isUniqueViolation } from './pg-errors';
import { ensureBaselineRevision, getRevisionByVersion } from './revision-history';
import { deleteRevisions, getRevision, writeRevision } from './revisions';

/** What a revision of a post holds: every field the editor saves. */
export interface PostContent {
  title: string;
  slug: string;
  excerpt: string;
  categoryId: number;
  body: string;
  status: PostStatus;
  /** ISO instant, or null for a draft never published. */
  publishedAt: string | null;
}

export interface EditablePost {
  id: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: number;
  categorySlug: string;
  status: PostStatus;
  publishedAt: Date | null;
  authorId: number;
  authorName: string;
  version: number;
  deletedAt: Date | null;
  updatedAt: Date;
}

export const editableColumns = {
  id: posts.id,
  title: posts.title,
  slug: posts.slug,
  excerpt: posts.excerpt,
  body: posts.body,
  categoryId: posts.categoryId,
  categorySlug: categories.slug,
  status: posts.status,
  publishedAt: posts.publishedAt,
  authorId: posts.authorId,
  authorName: users.name,
  version: posts.version,
  deletedAt: posts.deletedAt,
  updatedAt: posts.updatedAt,
};

async function selectEditablePost(id: number, executor: Executor, lock: boolean): Promise<EditablePost | null> {
  const query = executor
    .select(editableColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(eq(posts.id, id));
  const [row] = lock ? await query.for('update', { of: posts }) : await query;
  return row ?? null;
}

export function getEditablePost(id: number): Promise<EditablePost | null> {
  return selectEditablePost(id, db, false);
}

/** Whether readers can see the post right now (same rule as lib/data/visibility.ts). */
export function isLive(post: Pick<EditablePost, 'status' | 'publishedAt' | 'deletedAt'>, now = new Date()): boolean {
  return post.deletedAt === null && post.status !== 'draft' && post.publishedAt !== null && post.publishedAt <= now;
}

export function placementOf(post: Pick<EditablePost, 'slug' | 'categorySlug' | 'publishedAt'>): PostPlacement {
  return { slug: post.slug, categorySlug: post.categorySlug, publishedAt: post.publishedAt };
}

export function contentOf(post: EditablePost): PostContent {
  return {
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    categoryId: post.categoryId,
    body: post.body,
    status: post.status,
    publishedAt: post.publishedAt?.toISOString() ?? null,
  };
}

export type SaveOutcome =
  | { ok: true; post: EditablePost; before: EditablePost | null }
  | { ok: false; reason: 'not-found' | 'slug-taken' | 'unknown-category' }
  /** Someone saved since `baseVersion`: `base` is what the editor started from (when known), `current` what is stored now. */
  | { ok: false; reason: 'conflict'; current: EditablePost; base: PostContent | null };

/**
 * When the post goes public. Publishing keeps an earlier publication date, so
 * fixing a typo does not bump the post to the top of the home page; a draft
 * or a scheduled post published now gets now.
 */
function publishedAtFor(input: PostInput, current: EditablePost | null, now: Date): Date | null {
  if (input.status === 'scheduled') return input.publishAt;
  if (input.status === 'draft') return current?.publishedAt ?? null;
  return current && isLive(current, now) ? current.publishedAt : now;
}

type Actor = { id: number };

async function finishSave(tx: Executor, saved: EditablePost, before: EditablePost | null, actor: Actor, action: string) {
  await writeRevision<PostContent>({ kind: 'post', itemId: saved.id, version: saved.version, authorId: actor.id, content: contentOf(saved) }, tx);
  // A live post owns its slug: drop any redirect left under it by another post's rename.
  // (A draft leaves it be; the post page prefers a public post over a redirect anyway.)
  if (isLive(saved)) await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, saved.slug));
  // A slug readers may have seen keeps working: it redirects to the new one.
  if (before && before.slug !== saved.slug && isLive(before)) {
    await tx
      .insert(slugRedirects)
      .values({ oldSlug: before.slug, postId: saved.id })
      .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { postId: saved.id, createdAt: sql`now()` } });
  }
  await recordAudit(
    {
      actorId: actor.id,
      action,
      targetType: 'post',
      targetId: saved.id,
      targetLabel: saved.title,
      details: { version: saved.version, status: saved.status, ...(before && before.slug !== saved.slug ? { renamedFrom: before.slug } : {}) },
    },
    tx,
  );
}

/** Maps the constraint errors a save can hit to outcomes the form can explain. */
async function guardConstraints(save: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    if (isForeignKeyViolation(error)) return { ok: false, reason: 'unknown-category' };
    throw error;
  }
}

function auditActionFor(input: PostInput, before: EditablePost | null): string {
  if (input.status === 'scheduled') return 'post.schedule';
  if (input.status === 'published' && (!before || before.status !== 'published')) return 'post.publish';
  if (input.status === 'draft' && before && before.status !== 'draft') return 'post.unpublish';
  return before ? 'post.update' : 'post.create';
}

export function createPost(input: PostInput, actor: Actor, authorId = actor.id): Promise<SaveOutcome> {
  return guardConstraints(() =>
    db.transaction(async (tx) => {
      const now = new Date();
      const [row] = await tx
        .insert(posts)
        .values({
          title: input.title,
          slug: input.slug,
          excerpt: input.excerpt,
          body: input.body,
          categoryId: input.categoryId,
          status: input.status,
          publishedAt: publishedAtFor(input, null, now),
          authorId,
        })
        .returning({ id: posts.id });
      const saved = (await selectEditablePost(row!.id, tx, false))!;
      await finishSave(tx, saved, null, actor, auditActionFor(input, null));
      return { ok: true, post: saved, before: null };
    }),
  );
}

/** Saves over `baseVersion` only: a save based on an older version is refused, never merged silently. */
export function updatePost(id: number, baseVersion: number, input: PostInput, actor: Actor): Promise<SaveOutcome> {
  return guardConstraints(() =>
    db.transaction(async (tx) => {
      const current = await selectEditablePost(id, tx, true);
      if (!current || current.deletedAt) return { ok: false, reason: 'not-found' } as const;
      if (current.version !== baseVersion) {
        const base = await getRevisionByVersion<PostContent>('post', id, baseVersion, tx);
        return { ok: false, reason: 'conflict', current, base: base?.content ?? null } as const;
      }
      await keepBaseline(current, tx);
      const saved = await writePostFields(tx, current, input, new Date());
      await finishSave(tx, saved, current, actor, auditActionFor(input, current));
      return { ok: true, post: saved, before: current };
    }),
  );
}

/** Posts from before revisions existed (the seed) get their current text stored before the first save replaces it. */
function keepBaseline(current: EditablePost, tx: Executor): Promise<void> {
  return ensureBaselineRevision({ kind: 'post', itemId: current.id, version: current.version, content: contentOf(current), savedAt: current.updatedAt }, tx);
}

async function writePostFields(tx: Executor, current: EditablePost, input: PostInput, now: Date): Promise<EditablePost> {
  await tx
    .update(posts)
    .set({
      title: input.title,
      slug: input.slug,
      excerpt: input.excerpt,
      body: input.body,
      categoryId: input.categoryId,
      status: input.status,
      publishedAt: publishedAtFor(input, current, now),
      version: current.version + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(posts.id, current.id));
  return (await selectEditablePost(current.id, tx, false))!;
}

/**
 * Brings back the text of an earlier revision as a new save. Status and
 * publication time stay as they are now: restoring wording must not
 * unpublish a live post or reschedule it into the past.
 */
export async function restorePostRevision(id: number, revisionId: number, actor: Actor): Promise<SaveOutcome> {
  const revision = await getRevision<PostContent>('post', id, revisionId);
  if (!revision) return { ok: false, reason: 'not-found' };
  return guardConstraints(() =>
    db.transaction(async (tx) => {
      const current = await selectEditablePost(id, tx, true);
      if (!current || current.deletedAt) return { ok: false, reason: 'not-found' } as const;
      await keepBaseline(current, tx);
      const { content } = revision;
      const input: PostInput = {
        title: content.title,
        slug: content.slug,
        excerpt: content.excerpt,
        body: content.body,
        categoryId: content.categoryId,
        status: current.status,
        publishAt: current.publishedAt,
      };
      const saved = await writePostFields(tx, current, input, new Date());
      await finishSave(tx, saved, current, actor, 'post.restore_revision');
      return { ok: true, post: saved, before: current };
    }),
  );
}

/** Moves a post to the trash (readers lose it at once); null when there is no live post with that id. */
export async function trashPost(id: number, actor: Actor): Promise<EditablePost | null> {
  return setTrashed(id, actor, true);
}

export async function restorePostFromTrash(id: number, actor: Actor): Promise<EditablePost | null> {
  return setTrashed(id, actor, false);
}

async function setTrashed(id: number, actor: Actor, trashed: boolean): Promise<EditablePost | null> {
  return db.transaction(async (tx) => {
    const current = await selectEditablePost(id, tx, true);
    if (!current || (current.deletedAt !== null) === trashed) return null;
    await tx
      .update(posts)
      .set({ deletedAt: trashed ? sql`now()` : null })
      .where(eq(posts.id, id));
    await recordAudit({ actorId: actor.id, action: trashed ? 'post.trash' : 'post.restore', targetType: 'post', targetId: id, targetLabel: current.title }, tx);
    return current;
  });
}

/** Deletes every trashed post for good, with its revisions and redirects. Returns what was deleted. */
export async function emptyTrash(actor: Actor): Promise<EditablePost[]> {
  return db.transaction(async (tx) => {
    const trashed = await tx
      .select(editableColumns)
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .innerJoin(categories, eq(categories.id, posts.categoryId))
      .where(isNotNull(posts.deletedAt))
      .for('update', { of: posts });
    for (const post of trashed) {
      await deleteRevisions('post', post.id, tx);
      await deleteCommentsOf('post', post.id, tx);
      await tx.delete(posts).where(eq(posts.id, post.id));
      await recordAudit({ actorId: actor.id, action: 'post.delete', targetType: 'post', targetId: post.id, targetLabel: post.title }, tx);
    }
    return trashed;
  });
}
