import { commentPaths } from '@/lib/comments/paths';
import type { CommentTargetKind, PublicComment } from '@/lib/data/comments';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';
import { formatDate } from '@/lib/site';

function renderCommentHtml(source: string): string | null {
  try {
    return renderMarkdown(source, 'comment');
  } catch (error) {
    if (error instanceof MarkdownLimitError) return null;
    throw error;
  }
}

/** The comment's Markdown through the comment profile; text that will not render is shown as typed, escaped. */
function CommentBody({ source }: { source: string }) {
  const html = renderCommentHtml(source);
  if (html === null) {
    return (
      <div className="comment-body">
        <p>{source}</p>
      </div>
    );
  }
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

interface ListProps {
  comments: PublicComment[];
  kind: CommentTargetKind;
  slug: string;
  /** Reply links are left out where a reply form is already open. */
  withReplyLinks?: boolean;
}

/** A thread as nested ordered lists, so screen readers announce each level and its size. */
export function CommentList({ comments, kind, slug, withReplyLinks = true }: ListProps) {
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className="comment">
          <article aria-labelledby={`comment-${comment.id}-author`}>
            <CommentHeader comment={comment} />
            <CommentBody source={comment.body} />
            {withReplyLinks && (
              <p className="comment-actions">
                <a href={commentPaths.reply(kind, slug, comment.id)}>
                  Reply<span className="visually-hidden"> to {comment.authorName}</span>
                </a>
              </p>
            )}
          </article>
          {comment.replies.length > 0 && <CommentList comments={comment.replies} kind={kind} slug={slug} withReplyLinks={withReplyLinks} />}
        </li>
      ))}
    </ol>
  );
}

export function CommentHeader({ comment }: { comment: Pick<PublicComment, 'id' | 'authorName' | 'isStaff' | 'createdAt'> }) {
  return (
    <header className="comment-header">
      <span id={`comment-${comment.id}-author`} className="comment-author">
        {comment.authorName}
      </span>
      {comment.isStaff && <span className="pill comment-badge">Author</span>}
      <time className="meta" dateTime={comment.createdAt.toISOString()}>
        {formatDate(comment.createdAt)}
      </time>
    </header>
  );
}

export { CommentBody };
