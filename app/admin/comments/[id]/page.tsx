import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { getQueueComment } from '@/lib/data/comment-moderation';
import { parsePositiveInt } from '@/lib/forms/ids';
import { editCommentAction, replyAsStaffAction } from '../actions';
import { CommentTextForm } from '../forms';
import { QueueItem } from '../queue-item';
import '../comments-admin.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Comment' };

type Props = { params: Promise<{ id: string }> };

export default async function CommentDetailPage({ params }: Props) {
  await requireRole('admin', 'editor');
  const id = parsePositiveInt((await params).id);
  const comment = id === null ? null : await getQueueComment(id);
  if (!comment) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/comments?status=${comment.status}`}>← Back to the {comment.status} comments</Link>
      </p>
      <h1>Comment #{comment.id}</h1>
      <QueueItem comment={comment} selectable={false} />
      <h2>Edit the text</h2>
      <CommentTextForm action={editCommentAction} id={comment.id} label="Comment text" submitLabel="Save text" defaultBody={comment.body} />
      <h2>Reply as the author</h2>
      <p className="meta">Your reply is published at once, with an “Author” badge.</p>
      <CommentTextForm action={replyAsStaffAction} id={comment.id} label="Your reply" submitLabel="Publish reply" />
    </>
  );
}
