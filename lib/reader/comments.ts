import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { cacheForReaders } from '@/lib/reader/schedule';
import { getCommentTarget, getReplyParent, listCommentThread, type CommentTargetKind } from '@/lib/data/comments';

// Cached reads for the comment sections. Each is tagged with its page's
// comments tag, which every moderation action expires, and with the page's
// own tag, so a post taken offline stops showing its thread too. Their
// lifetime also ends when a scheduled post goes live (cacheForReaders), since
// whether a post takes comments depends on it being public.

function tagTarget(kind: CommentTargetKind, slug: string) {
  cacheTag(cacheTags.comments(kind, slug), kind === 'post' ? cacheTags.postSlug(slug) : cacheTags.framework(slug));
}

export async function readCommentThread(kind: CommentTargetKind, slug: string, page: number) {
  'use cache';
  await cacheForReaders();
  tagTarget(kind, slug);
  const target = await getCommentTarget(kind, slug);
  return target ? listCommentThread(target, page) : null;
}

/** The target and the approved comment a reader replies to; null when either is gone. */
export async function readReplyParent(kind: CommentTargetKind, slug: string, commentId: number) {
  'use cache';
  await cacheForReaders();
  tagTarget(kind, slug);
  const target = await getCommentTarget(kind, slug);
  if (!target) return null;
  const parent = await getReplyParent(target, commentId);
  return parent ? { target, parent } : null;
}
