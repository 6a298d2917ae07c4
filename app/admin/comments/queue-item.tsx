import Link from 'next/link';
import { CommentBody } from '@/app/(site)/_comments/comment-list';
import { commentPaths } from '@/lib/comments/paths';
import type { QueueComment } from '@/lib/data/comment-moderation';
import { formatDate } from '@/lib/site';

/**
 * One comment in the moderation queue. Everything a reader typed is shown as
 * React text or through the sanitizing comment renderer, never as raw HTML.
 */
export function QueueItem({ comment, selectable = true }: { comment: QueueComment; selectable?: boolean }) {
  const { target } = comment;
  return (
    <article className="post-card queue-item" aria-labelledby={`queue-${comment.id}`}>
      <header className="queue-item-header">
        {selectable && (
          <input type="checkbox" name="ids" value={comment.id} id={`select-${comment.id}`} aria-labelledby={`select-${comment.id}-label`} />
        )}
        <h2 id={`queue-${comment.id}`} className="queue-item-title">
          <span id={`select-${comment.id}-label`}>
            {comment.authorName}
            <span className="visually-hidden">, comment #{comment.id}</span>
          </span>
          {comment.isStaff && <span className="pill">Author</span>}
        </h2>
      </header>
      <p className="meta">
        {comment.email} · {formatDate(comment.createdAt)} · on{' '}
        {target.slug ? <a href={commentPaths.page(target.kind, target.slug)}>{target.title}</a> : target.title}
        {comment.parentId && ` · reply to #${comment.parentId}`}
        {comment.heldReason && comment.status === 'pending' && ` · held: ${comment.heldReason}`}
      </p>
      <CommentBody source={comment.body} />
      <p>
        <Link href={`/admin/comments/${comment.id}`}>
          Edit or reply<span className="visually-hidden"> to {comment.authorName}, comment #{comment.id}</span>
        </Link>
      </p>
    </article>
  );
}
