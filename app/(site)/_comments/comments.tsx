import Link from 'next/link';
import { commentPaths } from '@/lib/comments/paths';
import type { CommentTargetKind } from '@/lib/data/comments';
import { readCommentThread } from '@/lib/reader/comments';
import { CommentForm } from './comment-form';
import { CommentList } from './comment-list';
import './comments.css';

export const commentCountLabel = (count: number) => (count === 0 ? 'No comments yet' : count === 1 ? '1 comment' : `${count.toLocaleString('en-US')} comments`);

/**
 * The comment section of a post or framework page: one page of the thread
 * (cached under the page's comments tag, so moderation refreshes only this
 * part's data) and the form.
 */
export async function Comments({ kind, slug, page = 1 }: { kind: CommentTargetKind; slug: string; page?: number }) {
  const thread = await readCommentThread(kind, slug, page);
  if (!thread) return null;
  const pageHref = (n: number) => (n === 1 ? commentPaths.page(kind, slug) + '#comments' : commentPaths.thread(kind, slug, n));
  const formPath = page === 1 ? commentPaths.page(kind, slug) : commentPaths.thread(kind, slug, page);
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading" data-enhance-region="">
      <h2 id="comments-heading">{commentCountLabel(thread.total)}</h2>
      {thread.total === 0 && <p>Be the first to share your thoughts.</p>}
      {thread.comments.length > 0 && <CommentList comments={thread.comments} kind={kind} slug={slug} />}
      {thread.pageCount > 1 && (
        <nav className="pagination" aria-label="Comment pages">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev">
              ← Earlier comments
            </Link>
          ) : (
            <span />
          )}
          <span className="meta">
            Comment page {page} of {thread.pageCount}
          </span>
          {page < thread.pageCount ? (
            <Link href={pageHref(page + 1)} rel="next">
              Later comments →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
      <h3 id="comment-form-heading">Leave a comment</h3>
      <CommentForm kind={kind} slug={slug} permalink={`${formPath}#comment-form-heading`} />
    </section>
  );
}
