import type { Metadata } from 'next';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { listCategoryChoices } from '@/lib/data/post-admin-list';
import { listTagNames } from '@/lib/data/tags';
import { PostEditor } from '../post-editor';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'New post' };

export default async function NewPostPage() {
  await requireRole(...STAFF);
  const [categories, knownTags] = await Promise.all([listCategoryChoices(), listTagNames()]);
  return (
    <>
      <h1>New post</h1>
      <PostEditor initialValues={{ status: 'draft', version: '0' }} categories={categories} knownTags={knownTags} />
    </>
  );
}
