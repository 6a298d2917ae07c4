import Link from 'next/link';
import { CommentBody } from '@/app/(site)/_comments/comment-list';
import { commentPaths } from '@/lib/comments/paths';
import type { QueueComment } from '@/lib/data/comment-moderation';
import { formatDate } from '@/lib/site';

/**
 * One comment in the moderation queue. Everything a reader typed is shown as
 * React text or through the sanitizing comment renderer, never as raw HTML.
 */
/** Longer than this, a comment shows its opening and "Show the whole comment", so the queue stays short. */
const CLIP_AT = 600;

/** The opening of a long comment as plain text, cut at a word. */
function openingOf(body: string): string {
  const cut = body.slice(0, CLIP_AT).replace(/\s+\S*$/, '');
  return `${cut.replace(/[*_`#>\[\]()!-]+/g, ' ').replace(/\s+/g, ' ').trim()}…`;
}

export interface RowOperation {
  value: string;
  label: string;
  /** Its keyboard shortcut in the queue (a, s, t), if any. */
  key?: string;
}

export function QueueItem({ comment, selectable = true, operations = [] }: { comment: QueueComment; selectable?: boolean; operations?: RowOperation[] }) {
  const { target } = comment;
  const long = [...comment.body].length > CLIP_AT;
  return (
    <article className="post-card queue-item" aria-labelledby={`queue-${comment.id}`} tabIndex={-1} data-queue-item>
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
      {long ? (
        <details className="queue-clip">
          <summary>
            <span className="queue-clip-opening">{openingOf(comment.body)}</span> <span className="queue-clip-more">Show the whole comment</span>
          </summary>
          <CommentBody source={comment.body} />
        </details>
      ) : (
        <CommentBody source={comment.body} />
      )}
      {operations.length > 0 && (
        <div className="queue-item-actions" role="group" aria-label={`Moderate comment #${comment.id}`}>
          {operations.map((operation) => (
            <button key={operation.value} type="submit" name="row" value={`${operation.value}:${comment.id}`} className="button button-secondary" data-shortcut={operation.key}>
              {operation.label}
              <span className="visually-hidden">
                {' '}
                comment #{comment.id} by {comment.authorName}
              </span>
            </button>
          ))}
        </div>
      )}
      <p>
        <Link href={`/admin/comments/${comment.id}`}>
          Edit or reply<span className="visually-hidden"> to {comment.authorName}, comment #{comment.id}</span>
        </Link>
      </p>
    </article>
  );
}
