import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { canEditPost } from '@/lib/auth/post-policy';
import { listCategoryChoices } from '@/lib/data/post-admin-list';
import { getEditablePost, isLive } from '@/lib/data/post-editing';
import { parsePositiveInt } from '@/lib/forms/ids';
import { adminPostPaths, paths } from '@/lib/paths';
import { FeatureImageForm } from '@/app/admin/_components/feature-image-form';
import { mediaScopeOf } from '@/lib/auth/media-policy';
import { getPostFeatureMediaId } from '@/lib/data/feature-images';
import { listMediaChoices } from '@/lib/data/media';
import { getWorkingCopy } from '@/lib/data/working-copies';
import { listPreviewLinks } from '@/lib/data/previews';
import { listTagNames } from '@/lib/data/tags';
import { PreviewLinks } from '../preview-links';
import { setFeatureImageAction, trashPostAction } from '../actions';
import { editorValues } from '../editor-values';
import { PostEditor } from '../post-editor';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Edit post' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string; merged?: string; restored?: string }> };

export default async function EditPostPage({ params, searchParams }: Props) {
  const user = await requireRole(...STAFF);
  const id = parsePositiveInt((await params).id);
  const post = id === null ? null : await getEditablePost(id);
  if (!post || post.deletedAt) notFound();
  if (!canEditPost(user, post)) forbidden();
  const categories = await listCategoryChoices();
  const [featureMediaId, mediaChoices, workingCopy, previewLinks, knownTags] = await Promise.all([
    getPostFeatureMediaId(post.id),
    listMediaChoices(mediaScopeOf(user)),
    getWorkingCopy({ kind: 'post', itemId: post.id, userId: user.id }),
    listPreviewLinks(post.id),
    listTagNames(),
  ]);
  const { created, saved, merged, restored } = await searchParams;
  const notice = created
    ? 'Post created.'
    : saved
      ? `Saved as version ${saved}.${merged ? ` Someone else had saved version ${merged} meanwhile; their changes and yours are both in it.` : ''}`
      : restored
        ? `Revision restored as version ${restored}.`
        : undefined;

  return (
    <>
      <div className="admin-heading">
        <h1>Edit “{post.title}”</h1>
        <p className="admin-heading-links">
          {isLive(post) && <Link href={paths.post(post.slug)}>View on site</Link>}
          <Link href={adminPostPaths.history(post.id)}>History</Link>
        </p>
      </div>
      <p className="meta">By {post.authorName}</p>
      {/* Not keyed by version: a save from the editor refreshes this page, and what is typed on screen must stay.
          A restore comes back here with ?restored=, and the editor starts again from what is stored. */}
      <PostEditor
        key={restored ?? 'editing'}
        postId={post.id}
        initialValues={editorValues(post)}
        categories={categories}
        knownTags={knownTags}
        live={isLive(post)}
        workingCopy={workingCopy && { ...workingCopy, updatedAt: workingCopy.updatedAt.toISOString() }}
        notice={notice}
      />
      <FeatureImageForm action={setFeatureImageAction} targetId={post.id} label="Feature image" currentId={featureMediaId} choices={mediaChoices} />
      <PreviewLinks postId={post.id} live={isLive(post)} links={previewLinks} now={new Date()} />
      <form action={trashPostAction} className="danger-zone">
        <input type="hidden" name="id" value={post.id} />
        <button type="submit" className="button button-danger">
          Move to trash
        </button>
      </form>
    </>
  );
}
