import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { pickComparison } from '@/app/admin/_components/revisions/comparison';
import { HistoryView } from '@/app/admin/_components/revisions/history-view';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { canEditPost } from '@/lib/auth/post-policy';
import { listCategoryChoices } from '@/lib/data/post-admin-list';
import { contentOf, getEditablePost, type PostContent } from '@/lib/data/post-editing';
import { getRevision, listRevisions } from '@/lib/data/revisions';
import { parsePositiveInt } from '@/lib/forms/ids';
import { adminPostPaths, paths } from '@/lib/paths';
import { restoreRevisionAction } from '../../actions';
import { POST_LABELS, postFieldMap } from '../../field-map';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Post history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; error?: string }> };

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
  const restoreId = parsePositiveInt(query.restore ?? null);
  const [from, to, toRestore] = await Promise.all([
    pair && getRevision<PostContent>('post', id, pair.from.id),
    pair && getRevision<PostContent>('post', id, pair.to.id),
    restoreId === null ? null : getRevision<PostContent>('post', id, restoreId),
  ]);
  const current = contentOf(post);
  const fields = (content: PostContent) => postFieldMap(content, categoryNames);

  return (
    <HistoryView
      itemName={post.title}
      itemId={id}
      editHref={adminPostPaths.edit(id)}
      historyPath={adminPostPaths.history(id)}
      revisions={revisions}
      currentVersion={post.version}
      labels={POST_LABELS}
      comparison={from && to ? { from: { ...from, fields: fields(from.content) }, to: { ...to, fields: fields(to.content) } } : null}
      review={
        toRestore && toRestore.version !== post.version
          ? {
              revisionId: toRestore.id,
              version: toRestore.version,
              current: fields(current),
              // What restorePostRevision writes: the revision's wording over what is saved now.
              restored: fields({ ...current, title: toRestore.content.title, excerpt: toRestore.content.excerpt, body: toRestore.content.body, categoryId: toRestore.content.categoryId }),
              slug: toRestore.content.slug === post.slug ? null : { current: post.slug, revision: toRestore.content.slug, address: paths.post },
              keeps: 'The status and publish time stay as they are.',
            }
          : null
      }
      restoreAction={restoreRevisionAction}
      error={query.error === 'slug-taken' ? 'Not restored: that revision’s address (slug) is now used by another post. Restore it without the address, or change the slug in the editor.' : undefined}
      emptyMessage={`No revisions yet: this post has not been saved in the editor since it was imported. The first save keeps the imported text as version ${post.version}.`}
    />
  );
}
