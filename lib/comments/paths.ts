import { paths } from '@/lib/paths';
import type { CommentTargetKind } from '@/lib/data/comments';

const pagePath = (kind: CommentTargetKind, slug: string) => (kind === 'post' ? paths.post(slug) : paths.framework(slug));

/** URLs of comment threads: page 1 lives on the post or framework page itself. */
export const commentPaths = {
  thread: (kind: CommentTargetKind, slug: string, page = 1) => (page === 1 ? `${pagePath(kind, slug)}#comments` : `${pagePath(kind, slug)}/comments/${page}`),
  comment: (kind: CommentTargetKind, slug: string, page: number, id: number) =>
    `${page === 1 ? pagePath(kind, slug) : `${pagePath(kind, slug)}/comments/${page}`}#comment-${id}`,
  reply: (kind: CommentTargetKind, slug: string, id: number) => `${pagePath(kind, slug)}/reply/${id}`,
  page: pagePath,
};

/** The value the form carries to say where it belongs: `post:<slug>` or `framework:<slug>`. */
export const commentTargetKey = (kind: CommentTargetKind, slug: string) => `${kind}:${slug}`;

/** Where a comment form fetches its signed fill-time token (app/api/comment-token). */
export const commentTokenUrl = (kind: CommentTargetKind, slug: string) => `/api/comment-token?${new URLSearchParams({ kind, slug })}`;
