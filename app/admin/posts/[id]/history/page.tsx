import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { pickComparison } from '@/app/admin/_components/revisions/comparison';
import { RevisionComparison } from '@/app/admin/_components/revisions/revision-comparison';
import { RevisionList } from '@/app/admin/_components/revisions/revision-list';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { canEditPost } from '@/lib/auth/post-policy';
import { listCategoryChoices } from '@/lib/data/post-admin-list';
import { getEditablePost, type PostContent } from '@/lib/data/post-editing';
import { getRevision, listRevisions } from '@/lib/data/revisions';
import { parsePositiveInt } from '@/lib/forms/ids';
import { adminPostPaths } from '@/lib/paths';
import { restoreRevisionAction } from '../../actions';
import { POST_LABELS, postFieldMap } from '../../field-map';

export const metadata: Metadata = { title: 'Post history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; error?: string }> };

export default async function PostHistoryPage({ params, searchParams }: Props) {
  const user = await requireRole(...STAFF);
  const requestedId = parsePositiveInt((await params).id);
  const post = requestedId === null ? null : await getEditablePost(requestedId);
  if (!post || post.deletedAt) notFound();
  const { id } = post;
  if (!canEditPost(user, post)) forbidden();
  const query = await searchParams;
  const [revisions, categories] = await Promise.all([listRevisions('post', id), listCategoryChoices()]);
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  const pair = pickComparison(revisions, query);
  const [from, to] = pair ? await Promise.all([getRevision<PostContent>('post', id, pair.from.id), getRevision<PostContent>('post', id, pair.to.id)]) : [null, null];

  return (
    <>
      <p>
        <Link href={adminPostPaths.edit(id)}>← Edit “{post.title}”</Link>
      </p>
      <h1>History of “{post.title}”</h1>
      <p className="meta">Restoring brings back a revision’s title, slug, excerpt, category and body as a new version; the status and publish time stay as they are.</p>
      {query.error === 'slug-taken' && (
        <p className="notice notice-error" role="alert">
          Not restored: that revision’s slug is now used by another post. Change the slug in the editor instead.
        </p>
      )}
      {revisions.length === 0 ? (
        <p>No revisions yet: this post has not been saved in the editor since it was imported. The first save keeps the imported text as version {post.version}.</p>
      ) : (
        <RevisionList
          revisions={revisions}
          currentVersion={post.version}
          selected={pair ? { fromId: pair.from.id, toId: pair.to.id } : null}
          comparePath={adminPostPaths.history(id)}
          restoreAction={restoreRevisionAction}
          restoreFields={{ id: String(id) }}
        />
      )}
      {from && to && (
        <RevisionComparison from={{ version: from.version, fields: postFieldMap(from.content, categoryNames) }} to={{ version: to.version, fields: postFieldMap(to.content, categoryNames) }} labels={POST_LABELS} />
      )}
    </>
  );
}
