import 'server-only';
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { blockedWords, comments, frameworks, posts } from '@/db/schema';
import { placeReply, type CommentStatus } from '@/lib/comments/rules';
import { recordAudit } from './audit';
import { announceApprovedComments } from './comment-events';
import type { CommentTargetKind } from './comments';
import { forgetRateLimitedEmail } from './rate-limit';

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const satisfies readonly CommentStatus[];
export const QUEUE_PAGE_SIZE = 25;

/** A page whose comment tag must be expired after a change. */
export interface AffectedTarget {
  kind: CommentTargetKind;
  slug: string;
}

/** A comment as moderators see it: e-mail and why it was held included. */
export interface QueueComment {
  id: number;
  status: CommentStatus;
  authorName: string;
  email: string;
  body: string;
  heldReason: string | null;
  isStaff: boolean;
  parentId: number | null;
  depth: number;
  createdAt: Date;
  target: { kind: CommentTargetKind; id: number; slug: string; title: string };
}

export interface QueueFilter {
  status: CommentStatus;
  target?: { kind: CommentTargetKind; id: number };
  search?: string;
  page?: number;
}

// Title and slug of the post or framework a comment belongs to, whichever table that is.
const targetSlug = sql<string>`case when ${comments.targetKind} = 'post' then ${posts.slug} else ${frameworks.slug} end`;
const targetTitle = sql<string>`coalesce(case when ${comments.targetKind} = 'post' then ${posts.title} else ${frameworks.name} end, '(deleted)')`;

const queueColumns = {
  id: comments.id,
  status: comments.status,
  authorName: comments.authorName,
  email: comments.email,
  body: comments.body,
  heldReason: comments.heldReason,
  isStaff: sql<boolean>`${comments.userId} is not null`,
  parentId: comments.parentId,
  depth: comments.depth,
  createdAt: comments.createdAt,
  targetKind: comments.targetKind,
  targetId: comments.targetId,
  targetSlug,
  targetTitle,
};

function queueQuery() {
  return db
    .select(queueColumns)
    .from(comments)
    .leftJoin(posts, and(eq(comments.targetKind, 'post'), eq(posts.id, comments.targetId)))
    .leftJoin(frameworks, and(eq(comments.targetKind, 'framework'), eq(frameworks.id, comments.targetId)));
}

type QueueRow = Awaited<ReturnType<ReturnType<typeof queueQuery>['execute']>>[number];

const toQueueComment = ({ targetKind, targetId, targetSlug: slug, targetTitle: title, ...row }: QueueRow): QueueComment => ({
  ...row,
  target: { kind: targetKind, id: targetId, slug, title },
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** One tab of the moderation queue: newest first, optionally for one page and matching a search. */
export async function listModerationQueue(filter: QueueFilter): Promise<{ items: QueueComment[]; total: number }> {
  const conditions: SQL[] = [eq(comments.status, filter.status)];
  if (filter.target) conditions.push(eq(comments.targetKind, filter.target.kind), eq(comments.targetId, filter.target.id));
  // NUL cannot reach PostgreSQL, and no stored comment holds one.
  const search = filter.search?.replaceAll('\u0000', '').trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(or(ilike(comments.body, pattern), ilike(comments.authorName, pattern), ilike(comments.email, pattern))!);
  }
  const where = and(...conditions);
  // Counted apart from the page, without the joins: a window count would join every matching row.
  const [rows, [count]] = await Promise.all([
    queueQuery()
      .where(where)
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(QUEUE_PAGE_SIZE)
      .offset(((filter.page ?? 1) - 1) * QUEUE_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(comments).where(where),
  ]);
  return { items: rows.map(toQueueComment), total: count?.total ?? 0 };
}

/** Comments per status, for the tabs (narrowed to one page when filtered). */
export async function countByStatus(target?: { kind: CommentTargetKind; id: number }): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .select({ status: comments.status, count: sql<number>`count(*)::int` })
    .from(comments)
    .where(target ? and(eq(comments.targetKind, target.kind), eq(comments.targetId, target.id)) : undefined)
    .groupBy(comments.status);
  const counts = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

export async function getQueueComment(id: number): Promise<QueueComment | null> {
  const [row] = await queueQuery().where(eq(comments.id, id));
  return row ? toQueueComment(row) : null;
}

/** Posts and frameworks that have comments, for the filter menu (one index probe per item, not a scan of every comment). */
export async function listCommentedTargets(): Promise<Array<{ kind: CommentTargetKind; id: number; title: string }>> {
  const rows = await db.execute<{ kind: CommentTargetKind; id: number; title: string }>(sql`
    select 'post' as kind, p.id, p.title from ${posts} p
    where exists (select 1 from ${comments} c where c.target_kind = 'post' and c.target_id = p.id)
    union all
    select 'framework', f.id, f.name from ${frameworks} f
    where exists (select 1 from ${comments} c where c.target_kind = 'framework' and c.target_id = f.id)
    order by 3`);
  return [...rows];
}

async function affectedTargets(ids: number[]): Promise<AffectedTarget[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectDistinct({ kind: comments.targetKind, slug: targetSlug })
    .from(comments)
    .leftJoin(posts, and(eq(comments.targetKind, 'post'), eq(posts.id, comments.targetId)))
    .leftJoin(frameworks, and(eq(comments.targetKind, 'framework'), eq(frameworks.id, comments.targetId)))
    .where(inArray(comments.id, ids));
  return rows.filter((row): row is AffectedTarget => row.slug !== null);
}

/** Moves comments to a status; returns the pages to refresh. Audited in the same transaction. */
export async function setCommentStatus(ids: number[], status: CommentStatus, actorId: number): Promise<AffectedTarget[]> {
  const targets = await affectedTargets(ids);
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(comments)
      .set({ status, updatedAt: sql`now()` })
      .where(and(inArray(comments.id, ids), sql`${comments.status} <> ${status}`))
      .returning({ id: comments.id });
    if (changed.length === 0) return;
    if (status === 'approved') await announceApprovedComments(tx, changed.map((row) => row.id));
    await recordAudit({ actorId, action: `comment.${status === 'approved' ? 'approve' : status}`, targetType: 'comment', targetLabel: `${changed.length} comment${changed.length === 1 ? '' : 's'}`, details: { ids: changed.map((row) => row.id) } }, tx);
  });
  return targets;
}

/** Deletes comments for good (their replies go with them). */
export async function deleteComments(ids: number[], actorId: number): Promise<AffectedTarget[]> {
  const targets = await affectedTargets(ids);
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(comments).where(inArray(comments.id, ids)).returning({ id: comments.id });
    if (deleted.length === 0) return;
    await recordAudit({ actorId, action: 'comment.delete', targetType: 'comment', targetLabel: `${deleted.length} comment${deleted.length === 1 ? '' : 's'}`, details: { ids: deleted.map((row) => row.id) } }, tx);
  });
  return targets;
}

/** Replaces a comment's text (already validated); null when there is no such comment. */
export async function editCommentBody(id: number, body: string, actorId: number): Promise<AffectedTarget[] | null> {
  const targets = await affectedTargets([id]);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(comments).set({ body, updatedAt: sql`now()` }).where(eq(comments.id, id)).returning({ id: comments.id });
    if (!row) return false;
    await recordAudit({ actorId, action: 'comment.edit', targetType: 'comment', targetId: id, targetLabel: `comment #${id}` }, tx);
    return true;
  });
  return updated ? targets : null;
}

/** A staff reply, published at once with the "Author" badge. Null when the parent is gone. */
export async function createStaffReply(parentId: number, body: string, staff: { id: number; name: string; email: string }): Promise<{ id: number; targets: AffectedTarget[] } | null> {
  const [parent] = await db
    .select({ id: comments.id, parentId: comments.parentId, depth: comments.depth, targetKind: comments.targetKind, targetId: comments.targetId })
    .from(comments)
    .where(eq(comments.id, parentId));
  if (!parent) return null;
  const placement = placeReply(parent);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(comments)
      .values({ targetKind: parent.targetKind, targetId: parent.targetId, ...placement, authorName: staff.name, email: staff.email, body, status: 'approved', userId: staff.id })
      .returning({ id: comments.id });
    await announceApprovedComments(tx, [row!.id]);
    await recordAudit({ actorId: staff.id, action: 'comment.reply', targetType: 'comment', targetId: row!.id, targetLabel: `reply to comment #${parentId}` }, tx);
    return row!.id;
  });
  return { id, targets: await affectedTargets([id]) };
}

export async function listBlockedWordRows(): Promise<Array<{ id: number; word: string }>> {
  return db.select({ id: blockedWords.id, word: blockedWords.word }).from(blockedWords).orderBy(sql`lower(${blockedWords.word})`);
}

/** Adds a blocked word; false when it is already on the list. */
export async function addBlockedWord(word: string, actorId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(blockedWords)
      .values({ word })
      .onConflictDoNothing()
      .returning({ id: blockedWords.id });
    if (inserted.length === 0) return false;
    await recordAudit({ actorId, action: 'comment.block_word', targetType: 'blocked_word', targetId: inserted[0]!.id, targetLabel: word }, tx);
    return true;
  });
}

export async function removeBlockedWord(id: number, actorId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(blockedWords).where(eq(blockedWords.id, id)).returning({ word: blockedWords.word });
    if (!removed) return false;
    await recordAudit({ actorId, action: 'comment.unblock_word', targetType: 'blocked_word', targetId: id, targetLabel: removed.word }, tx);
    return true;
  });
}

/** Every comment made with an address, in any status, for a privacy request. */
export async function findCommentsByEmail(email: string): Promise<QueueComment[]> {
  const rows = await queueQuery()
    .where(sql`lower(${comments.email}) = lower(${email})`)
    .orderBy(desc(comments.createdAt))
    .limit(1000);
  return rows.map(toQueueComment);
}

/**
 * Erases every comment made with an address (and the replies under them),
 * and the rate-limit rows keyed by it. The audit entry records a count, not the address.
 */
export async function eraseCommentsByEmail(email: string, actorId: number): Promise<{ erased: number; targets: AffectedTarget[] }> {
  const ids = (await db.select({ id: comments.id }).from(comments).where(sql`lower(${comments.email}) = lower(${email})`)).map((row) => row.id);
  const targets = await affectedTargets(ids);
  const erased = await db.transaction(async (tx) => {
    // By the address, not the ids read above: a comment posted in between is erased too.
    const deleted = await tx.delete(comments).where(sql`lower(${comments.email}) = lower(${email})`).returning({ id: comments.id });
    await forgetRateLimitedEmail(email, tx);
    await recordAudit({ actorId, action: 'comment.erase_email', targetType: 'comment', targetLabel: `${deleted.length} comment${deleted.length === 1 ? '' : 's'} erased for a privacy request` }, tx);
    return deleted.length;
  });
  return { erased, targets };
}

