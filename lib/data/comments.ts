import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { blockedWords, comments, frameworks, posts, usedCommentFormTokens } from '@/db/schema';
import { COMMENT_RULES, type CommentStatus } from '@/lib/comments/rules';
import { paths } from '@/lib/paths';
import type { Executor } from './audit';
import { announceApprovedComments } from './comment-events';
import { isFrameworkPublic, isPubliclyVisible } from './visibility';

export type CommentTargetKind = 'post' | 'framework';

/** The page a thread belongs to. */
export interface CommentTarget {
  kind: CommentTargetKind;
  id: number;
  slug: string;
  title: string;
  path: string;
}

/** A comment as readers see it: no e-mail, no IP hash. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  body: string;
  isStaff: boolean;
  createdAt: Date;
  replies: PublicComment[];
}

export interface CommentThreadPage {
  target: CommentTarget;
  comments: PublicComment[];
  page: number;
  pageCount: number;
  /** Approved comments on the page, replies included. */
  total: number;
}

/** A post or framework readers can see; null otherwise (a draft takes no comments). */
export async function getCommentTarget(kind: CommentTargetKind, slug: string): Promise<CommentTarget | null> {
  if (kind === 'post') {
    const [row] = await db
      .select({ id: posts.id, slug: posts.slug, title: posts.title })
      .from(posts)
      .where(and(eq(posts.slug, slug), isPubliclyVisible));
    return row ? { kind, ...row, path: paths.post(row.slug) } : null;
  }
  const [row] = await db
    .select({
      id: frameworks.id,
      slug: frameworks.slug,
      title: frameworks.name,
    })
    .from(frameworks)
    .where(and(eq(frameworks.slug, slug), isFrameworkPublic));
  return row ? { kind, ...row, path: paths.framework(row.slug) } : null;
}

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  depth: comments.depth,
  authorName: comments.authorName,
  body: comments.body,
  isStaff: sql<boolean>`${comments.userId} is not null`,
  createdAt: comments.createdAt,
};

const approvedOn = (kind: CommentTargetKind, targetId: number) =>
  and(eq(comments.targetKind, kind), eq(comments.targetId, targetId), eq(comments.status, 'approved'));

export async function countApprovedComments(kind: CommentTargetKind, targetId: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(comments)
    .where(approvedOn(kind, targetId));
  return row?.count ?? 0;
}

/**
 * One page of a thread, oldest first: `perPage` top-level comments (read
 * through the (target, status, created_at) index, so page 1 of 10,000
 * comments costs what page 1 of 10 does) and all their approved replies.
 */
export async function listCommentThread(target: CommentTarget, page = 1): Promise<CommentThreadPage> {
  const perPage = COMMENT_RULES.perPage;
  const [roots, [counts]] = await Promise.all([
    db
      .select(publicColumns)
      .from(comments)
      .where(and(approvedOn(target.kind, target.id), eq(comments.depth, 1)))
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db
      .select({
        total: sql<number>`count(*)::int`,
        roots: sql<number>`count(*) filter (where ${comments.depth} = 1)::int`,
      })
      .from(comments)
      .where(approvedOn(target.kind, target.id)),
  ]);
  const nodes = new Map<number, PublicComment>(roots.map((row) => [row.id, { ...row, replies: [] }]));
  let parents = roots.map((row) => row.id);
  // One query per level below the roots: at most two, since threads are three deep.
  for (let level = 2; level <= COMMENT_RULES.maxDepth && parents.length > 0; level += 1) {
    const children = await db
      .select(publicColumns)
      .from(comments)
      .where(and(approvedOn(target.kind, target.id), inArray(comments.parentId, parents)))
      .orderBy(asc(comments.createdAt), asc(comments.id));
    for (const child of children) {
      const node = { ...child, replies: [] };
      nodes.set(child.id, node);
      nodes.get(child.parentId!)?.replies.push(node);
    }
    parents = children.map((child) => child.id);
  }
  return {
    target,
    comments: roots.map((row) => nodes.get(row.id)!),
    page,
    pageCount: Math.max(1, Math.ceil((counts?.roots ?? 0) / perPage)),
    total: counts?.total ?? 0,
  };
}

/** An approved comment a reader can reply to, on this target. */
export async function getReplyParent(target: CommentTarget, commentId: number) {
  const [row] = await db
    .select(publicColumns)
    .from(comments)
    .where(and(approvedOn(target.kind, target.id), eq(comments.id, commentId)));
  return row ?? null;
}

/** The thread page (1-based) that shows a comment: the page of its top-level ancestor. */
export async function threadPageOf(commentId: number): Promise<number> {
  const [row] = await db.execute<{ page: number }>(sql`
    with recursive ancestry as (
      select id, parent_id, target_kind, target_id, created_at from ${comments} where id = ${commentId}
      union all
      select c.id, c.parent_id, c.target_kind, c.target_id, c.created_at from ${comments} c join ancestry a on c.id = a.parent_id
    ), root as (select * from ancestry where parent_id is null limit 1)
    select (count(c.id) / ${COMMENT_RULES.perPage})::int + 1 as page
    from root left join ${comments} c
      on c.target_kind = root.target_kind and c.target_id = root.target_id and c.status = 'approved' and c.depth = 1
      and (c.created_at, c.id) < (root.created_at, root.id)`);
  return row?.page ?? 1;
}

/** For a new comment's moderation: has this address an approved comment already? */
export async function hasApprovedComment(email: string): Promise<boolean> {
  const [row] = await db.execute<{ known: boolean }>(sql`
    select exists (select 1 from ${comments} where lower(email) = lower(${email}) and status = 'approved' and user_id is null) as known`);
  return row?.known ?? false;
}

/** The same text on the same page from the same address or connection, in any status. */
export async function isDuplicateComment(input: {
  kind: CommentTargetKind;
  targetId: number;
  email: string;
  ipHash: string | null;
  body: string;
}): Promise<boolean> {
  const [row] = await db.execute<{ duplicate: boolean }>(sql`
    select exists (
      select 1 from ${comments}
      where target_kind = ${input.kind} and target_id = ${input.targetId} and body = ${input.body}
        and (lower(email) = lower(${input.email}) or (${input.ipHash}::text is not null and ip_hash = ${input.ipHash}))
    ) as duplicate`);
  return row?.duplicate ?? false;
}

export async function listBlockedWords(): Promise<string[]> {
  const rows = await db
    .select({ word: blockedWords.word })
    .from(blockedWords)
    .orderBy(asc(sql`lower(${blockedWords.word})`));
  return rows.map((row) => row.word);
}

export interface NewComment {
  target: CommentTarget;
  parent: { parentId: number; depth: number } | null;
  authorName: string;
  email: string;
  ipHash: string | null;
  body: string;
  status: Extract<CommentStatus, 'pending' | 'approved'>;
  heldReason: string | null;
  /** The hash of the form token that posts it: each token posts one comment. */
  formTokenHash: string;
}

/**
 * Stores the comment and marks its form token used, in one transaction:
 * null, and nothing stored, when the token has already posted a comment
 * (the primary key decides between parallel replays, on any instance).
 * Hashes older than a token's maximum age are pruned: such tokens are refused as expired.
 */
export async function insertComment(input: NewComment): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`delete from ${usedCommentFormTokens} where used_at < now() - make_interval(secs => ${COMMENT_RULES.tokenMaxAgeSeconds})`);
    const fresh = await tx
      .insert(usedCommentFormTokens)
      .values({ tokenHash: input.formTokenHash })
      .onConflictDoNothing()
      .returning({ tokenHash: usedCommentFormTokens.tokenHash });
    if (fresh.length === 0) return null;
    const [row] = await tx
      .insert(comments)
      .values({
        targetKind: input.target.kind,
        targetId: input.target.id,
        parentId: input.parent?.parentId ?? null,
        depth: input.parent?.depth ?? 1,
        authorName: input.authorName,
        email: input.email,
        ipHash: input.ipHash,
        body: input.body,
        status: input.status,
        heldReason: input.heldReason,
      })
      .returning({ id: comments.id });
    // A trusted commenter's comment is public at once, as an approved one is.
    if (input.status === 'approved') await announceApprovedComments(tx, [row!.id]);
    return row!;
  });
}

/** When a post or framework is deleted for good, its comments go with it (in the caller's transaction). */
export async function deleteCommentsOf(kind: CommentTargetKind, targetId: number, executor: Executor = db): Promise<void> {
  await executor.delete(comments).where(and(eq(comments.targetKind, kind), eq(comments.targetId, targetId)));
}
