import 'server-only';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, users } from '@/db/schema';
import type { PostPlacement } from '@/lib/cache/invalidate';
import type { PostInput, PostStatus } from '@/lib/validation/post';
import { recordAudit, type Executor } from './audit';
import { deleteCommentsOf } from './comments';
import { announcePostChange, type PostVisibilityChange } from './post-events';
import { deleteRevisions, getRevision, writeRevision } from './revisions';
import { learnSearchWords } from './search-words';
import { dropSlugRedirect, dropSlugRedirectsTo, recordSlugRedirect } from './slug-redirects';
import { setPostTags, tagNamesOfPost } from './tags';
import { refusingConstraintErrors, saveVersion, type VersionedKind, type VersionedSaveResult } from './versioned-save';
import { deleteWorkingCopies } from './working-copies';

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
  /** Tag names, as typed. Revisions from before tags existed have none; they leave a post's tags as they are. */
  tags: string[];
}

export interface EditablePost {
  id: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: number;
  categorySlug: string;
  tags: string[];
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
  tags: tagNamesOfPost,
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

/** How a change moves the post for readers (for its webhook events). */
function visibilityChange(before: EditablePost | null, after: EditablePost, now = new Date()): PostVisibilityChange {
  const ahead = after.deletedAt === null && after.status === 'scheduled' && after.publishedAt !== null && after.publishedAt > now;
  return { wasLive: before !== null && isLive(before, now), isLive: isLive(after, now), goesLiveAt: ahead ? after.publishedAt : null };
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
    tags: post.tags,
  };
}

/** Every answer a post save gives (lib/data/versioned-save.ts); a new post has no `before`. */
export type SaveOutcome = VersionedSaveResult<EditablePost, PostContent>;

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

/** The form's input as a revision's content; the publish time is the author's only when scheduling. */
/** A form that sent no tags field leaves the post's tags as they are (`keptTags`). */
function contentFromInput(input: PostInput, keptTags: string[]): PostContent {
  const { publishAt, tags = keptTags, ...fields } = input;
  return { ...fields, tags, publishedAt: input.status === 'scheduled' && publishAt ? publishAt.toISOString() : null };
}

function inputFromContent({ publishedAt, ...fields }: PostContent): PostInput {
  return { ...fields, publishAt: fields.status === 'scheduled' && publishedAt ? new Date(publishedAt) : null };
}

const postKind: VersionedKind<EditablePost, PostContent> = {
  kind: 'post',
  lock: async (tx, id) => {
    const post = await selectEditablePost(id, tx, true);
    return post && !post.deletedAt ? post : null;
  },
  version: (post) => post.version,
  updatedAt: (post) => post.updatedAt,
  content: contentOf,
  editable: (content) => ({ ...content, publishedAt: content.status === 'scheduled' ? content.publishedAt : null }),
  write: (tx, current, content) => writePostFields(tx, current, inputFromContent(content), new Date()),
};

/** What every save of a post adds to the shared core, in its transaction: redirects for a renamed slug, and the audit entry. */
async function finishSave(tx: Executor, saved: EditablePost, before: EditablePost | null, actor: Actor, action: string, mergedWith: number | null = null) {
  // A draft's words stay out of "Did you mean …?" until readers may see them.
  if (saved.status !== 'draft') await learnSearchWords(tx, `${saved.title} ${saved.excerpt} ${saved.body}`);
  // A live post owns its slug: drop any redirect left under it by another post's rename.
  // (A draft leaves it be; the post page prefers a public post over a redirect anyway.)
  if (isLive(saved)) await dropSlugRedirect(tx, 'post', saved.slug);
  // A slug readers may have seen keeps working: it redirects to the new one.
  if (before && before.slug !== saved.slug && isLive(before)) await recordSlugRedirect(tx, 'post', before.slug, saved.id);
  await announcePostChange(tx, saved, visibilityChange(before, saved));
  await recordAudit(
    {
      actorId: actor.id,
      action,
      targetType: 'post',
      targetId: saved.id,
      targetLabel: saved.title,
      details: {
        version: saved.version,
        status: saved.status,
        ...(before && before.slug !== saved.slug ? { renamedFrom: before.slug } : {}),
        ...(mergedWith !== null ? { mergedWith } : {}),
      },
    },
    tx,
  );
}

function auditActionFor(status: PostStatus, before: EditablePost | null): string {
  if (status === 'scheduled') return 'post.schedule';
  if (status === 'published' && (!before || before.status !== 'published')) return 'post.publish';
  if (status === 'draft' && before && before.status !== 'draft') return 'post.unpublish';
  return before ? 'post.update' : 'post.create';
}

export function createPost(input: PostInput, actor: Actor, authorId = actor.id): Promise<SaveOutcome> {
  return refusingConstraintErrors(() =>
    db.transaction(async (tx): Promise<SaveOutcome> => {
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
      await setPostTags(tx, row!.id, input.tags ?? []);
      const saved = (await selectEditablePost(row!.id, tx, false))!;
      await writeRevision<PostContent>({ kind: 'post', itemId: saved.id, version: saved.version, authorId: actor.id, content: contentOf(saved) }, tx);
      await finishSave(tx, saved, null, actor, auditActionFor(saved.status, null));
      return { ok: true, saved, before: null, mergedWith: null };
    }),
  );
}

/**
 * Saves the author's text, typed on `baseVersion`. When someone saved since,
 * their change and this one are merged three ways; only an overlap is
 * refused, as a conflict, with nothing written.
 */
export function updatePost(id: number, baseVersion: number, input: PostInput, actor: Actor): Promise<SaveOutcome> {
  return refusingConstraintErrors(() =>
    db.transaction(async (tx) => {
      const result = await saveVersion(tx, postKind, { id, baseVersion, content: (current) => contentFromInput(input, current.tags), actorId: actor.id, replacesWorkingCopy: true });
      if (result.ok) await finishSave(tx, result.saved, result.before, actor, auditActionFor(result.saved.status, result.before), result.mergedWith);
      return result;
    }),
  );
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
  if (input.tags) await setPostTags(tx, current.id, input.tags);
  return (await selectEditablePost(current.id, tx, false))!;
}

/**
 * Brings back the text of an earlier revision as a new save. Status and
 * publication time stay as they are now: restoring wording must not
 * unpublish a live post or reschedule it into the past. The slug stays too,
 * unless the author asks for the old one back: an address readers use
 * should not move as a side effect.
 */
export async function restorePostRevision(id: number, revisionId: number, actor: Actor, { withSlug = false }: { withSlug?: boolean } = {}): Promise<SaveOutcome> {
  const revision = await getRevision<PostContent>('post', id, revisionId);
  if (!revision) return { ok: false, reason: 'not-found' };
  const { title, slug, excerpt, body, categoryId, tags } = revision.content;
  return refusingConstraintErrors(() =>
    db.transaction(async (tx) => {
      const result = await saveVersion(tx, postKind, {
        id,
        baseVersion: 'latest',
        content: (current) => ({ ...contentOf(current), title, excerpt, body, categoryId, ...(tags ? { tags } : {}), ...(withSlug ? { slug } : {}) }),
        actorId: actor.id,
        replacesWorkingCopy: false,
      });
      if (result.ok) await finishSave(tx, result.saved, result.before, actor, 'post.restore_revision');
      return result;
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
    await announcePostChange(tx, current, visibilityChange(current, { ...current, deletedAt: trashed ? new Date() : null }));
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
      await deleteWorkingCopies('post', post.id, tx);
      await deleteCommentsOf('post', post.id, tx);
      await dropSlugRedirectsTo(tx, 'post', post.id);
      await tx.delete(posts).where(eq(posts.id, post.id));
      await announcePostChange(tx, post, { wasLive: false, isLive: false, goesLiveAt: null, deleted: true });
      await recordAudit({ actorId: actor.id, action: 'post.delete', targetType: 'post', targetId: post.id, targetLabel: post.title }, tx);
    }
    return trashed;
  });
}
