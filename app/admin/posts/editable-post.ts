import { forbidden, notFound } from 'next/navigation';
import { canEditPost } from '@/lib/auth/post-policy';
import { getEditablePost, type EditablePost } from '@/lib/data/post-editing';
import type { SessionUser } from '@/lib/data/users';

/**
 * The post the user may edit: 404 when it is gone or trashed, 403 when it is
 * someone else's and they are an author. Not a Server Action itself (this
 * module is not 'use server'): the actions call it after their own guard.
 */
export async function editablePostFor(user: SessionUser, id: number | null): Promise<EditablePost> {
  const post = id === null ? null : await getEditablePost(id);
  if (!post || post.deletedAt) notFound();
  if (!canEditPost(user, post)) forbidden();
  return post;
}
