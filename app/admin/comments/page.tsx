import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { COMMENT_STATUSES, countByStatus, listCommentedTargets, listModerationQueue, QUEUE_PAGE_SIZE } from '@/lib/data/comment-moderation';
import type { CommentStatus } from '@/lib/comments/rules';
import { parsePageNumber } from '@/lib/route-params';
import { BulkModerationForm } from './forms';
import { QueueItem, type RowOperation } from './queue-item';
import { QueueTools } from './queue-tools';
import './comments-admin.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Comments' };

const TAB_LABELS: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', trash: 'Trash' };

/** The bulk operations each tab offers: moving to another tab, and deleting for good. */
const OPERATIONS: Record<CommentStatus, Array<{ value: string; label: string }>> = {
  pending: [
    { value: 'approve', label: 'Approve' },
    { value: 'spam', label: 'Mark as spam' },
    { value: 'trash', label: 'Trash' },
    { value: 'delete', label: 'Delete for good' },
  ],
  approved: [
    { value: 'pending', label: 'Unapprove' },
    { value: 'spam', label: 'Mark as spam' },
    { value: 'trash', label: 'Trash' },
    { value: 'delete', label: 'Delete for good' },
  ],
  spam: [
    { value: 'approve', label: 'Not spam: approve' },
    { value: 'trash', label: 'Trash' },
    { value: 'delete', label: 'Delete for good' },
  ],
  trash: [
    { value: 'pending', label: 'Restore to pending' },
    { value: 'approve', label: 'Approve' },
    { value: 'delete', label: 'Delete for good' },
  ],
};

/** Each comment's own buttons, with their keyboard shortcuts (app/admin/comments/queue-tools.tsx). */
const ROW_OPERATIONS: Record<CommentStatus, RowOperation[]> = {
  pending: [
    { value: 'approve', label: 'Approve', key: 'a' },
    { value: 'spam', label: 'Spam', key: 's' },
    { value: 'trash', label: 'Trash', key: 't' },
  ],
  approved: [
    { value: 'pending', label: 'Unapprove' },
    { value: 'spam', label: 'Spam', key: 's' },
    { value: 'trash', label: 'Trash', key: 't' },
  ],
  spam: [
    { value: 'approve', label: 'Not spam', key: 'a' },
    { value: 'trash', label: 'Trash', key: 't' },
  ],
  trash: [
    { value: 'pending', label: 'Restore' },
    { value: 'approve', label: 'Approve', key: 'a' },
  ],
};

type Props = { searchParams: Promise<{ status?: string; target?: string; q?: string; page?: string }> };

function parseTarget(value: string | undefined): { kind: 'post' | 'framework'; id: number } | undefined {
  const match = /^(post|framework)-([1-9]\d{0,8})$/.exec(value ?? '');
  return match ? { kind: match[1] as 'post' | 'framework', id: Number(match[2]) } : undefined;
}

export default async function CommentsQueuePage({ searchParams }: Props) {
  const user = await requireRole('admin', 'editor');
  const params = await searchParams;
  const status: CommentStatus = COMMENT_STATUSES.find((candidate) => candidate === params.status) ?? 'pending';
  const target = parseTarget(params.target);
  const search = (typeof params.q === 'string' ? params.q : '').slice(0, 200);
  const page = parsePageNumber(params.page) ?? 1;
  const [counts, queue, targets] = await Promise.all([countByStatus(target), listModerationQueue({ status, target, search, page }), listCommentedTargets()]);
  const query = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { status, target: params.target, q: search || undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) next.set(key, value);
    return `/admin/comments?${next}`;
  };
  const pageCount = Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE));

  return (
    <>
      <h1>Comments</h1>
      <p className="admin-links">
        <Link href="/admin/comments/blocked-words">Blocked words</Link>
        {user.role === 'admin' && <Link href="/admin/comments/privacy">Find or erase comments by e-mail</Link>}
      </p>
      <nav aria-label="Comment status" className="pagination comment-tabs">
        {COMMENT_STATUSES.map((tab) => (
          <Link key={tab} href={query({ status: tab, page: undefined })} aria-current={tab === status ? 'page' : undefined}>
            {TAB_LABELS[tab]} ({counts[tab]})
          </Link>
        ))}
      </nav>
      <form method="get" action="/admin/comments" className="queue-filter" role="search" aria-label="Filter comments">
        <input type="hidden" name="status" value={status} />
        <div className="field">
          <label htmlFor="filter-target">Post or framework</label>
          <select id="filter-target" name="target" defaultValue={params.target ?? ''}>
            <option value="">All pages</option>
            {targets.map((option) => (
              <option key={`${option.kind}-${option.id}`} value={`${option.kind}-${option.id}`}>
                {option.kind === 'framework' ? 'Framework: ' : ''}
                {option.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-q">Search text, name or e-mail</label>
          <input id="filter-q" name="q" type="search" defaultValue={search} maxLength={200} />
        </div>
        <div>
          <button type="submit" className="button">
            Filter
          </button>
        </div>
      </form>
      <p className="meta" role="status">
        {queue.total === 0 ? `No ${TAB_LABELS[status].toLowerCase()} comments${search || target ? ' match' : ''}.` : `${queue.total} ${TAB_LABELS[status].toLowerCase()} comment${queue.total === 1 ? '' : 's'}.`}
      </p>
      {/* Rendered even when the queue is empty: acting on its last comment must still show the result. */}
      <BulkModerationForm operations={queue.items.length > 0 ? OPERATIONS[status] : []}>
        {queue.items.length > 0 && <QueueTools />}
        {queue.items.length > 0 && (
          <ul className="post-list">
            {queue.items.map((comment) => (
              <li key={comment.id}>
                <QueueItem comment={comment} operations={ROW_OPERATIONS[status]} />
              </li>
            ))}
          </ul>
        )}
      </BulkModerationForm>
      {pageCount > 1 && (
        <nav className="pagination" aria-label="Queue pages">
          {page > 1 ? <Link href={query({ page: String(page - 1) })}>← Newer</Link> : <span />}
          <span className="meta">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={query({ page: String(page + 1) })}>Older →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
