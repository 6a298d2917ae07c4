import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { WithSidebar } from '@/app/_components/site-shell';
import { commentPaths } from '@/lib/comments/paths';
import type { CommentTargetKind } from '@/lib/data/comments';
import { pageMetadata } from '@/lib/metadata';
import { readCommentThread, readReplyParent } from '@/lib/reader/comments';
import { parsePositiveInt } from '@/lib/forms/ids';
import { parsePageNumber } from '@/lib/route-params';
import { CommentForm } from './comment-form';
import { CommentBody, CommentHeader } from './comment-list';
import { Comments } from './comments';
import './comments.css';

// The routes beside a post or framework page: later pages of its thread, and
// a reply form per comment (a link, so replying works without JavaScript).

export async function threadPageMetadata(kind: CommentTargetKind, slug: string, segment: string): Promise<Metadata> {
  const page = parsePageNumber(segment);
  const thread = page ? await readCommentThread(kind, slug, page) : null;
  if (!thread || !page) return {};
  return pageMetadata({ title: `Comments on ${thread.target.title}, page ${page}`, description: `Readers' comments on ${thread.target.title}.`, path: commentPaths.thread(kind, slug, page) });
}

export async function CommentThreadPage({ kind, slug, segment }: { kind: CommentTargetKind; slug: string; segment: string }) {
  const page = parsePageNumber(segment);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(commentPaths.page(kind, slug));
  const thread = await readCommentThread(kind, slug, page);
  if (!thread || page > thread.pageCount) notFound();
  return (
    <WithSidebar>
      <p className="meta">
        <Link href={thread.target.path}>← {thread.target.title}</Link>
      </p>
      <Comments kind={kind} slug={slug} page={page} />
    </WithSidebar>
  );
}

export function replyPageMetadata(): Metadata {
  // A reply form per comment is not content worth indexing.
  return { title: 'Reply to a comment', robots: { index: false } };
}

export async function ReplyPage({ kind, slug, segment }: { kind: CommentTargetKind; slug: string; segment: string }) {
  const commentId = parsePositiveInt(segment);
  const found = commentId === null ? null : await readReplyParent(kind, slug, commentId);
  if (!found) notFound();
  const { target, parent } = found;
  return (
    <WithSidebar>
      <p className="meta">
        <Link href={`${target.path}#comment-${parent.id}`}>← Back to {target.title}</Link>
      </p>
      <h1>Reply to {parent.authorName}</h1>
      <blockquote className="comment" aria-label={`Comment by ${parent.authorName}`}>
        <CommentHeader comment={parent} />
        <CommentBody source={parent.body} />
      </blockquote>
      <h2 id="comment-form-heading">Your reply</h2>
      <CommentForm kind={kind} slug={slug} parentId={parent.id} permalink={`${commentPaths.reply(kind, slug, parent.id)}#comment-form-heading`} />
    </WithSidebar>
  );
}
