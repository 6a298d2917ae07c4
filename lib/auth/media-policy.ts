import type { SessionUser } from '@/lib/data/users';

/**
 * Authors upload, and see and manage only their own images; editors and
 * admins see and manage everyone's. Pages hide the rest; actions check again.
 */
export function canManageMedia(user: SessionUser, image: { uploaderId: number | null }): boolean {
  return user.role !== 'author' || image.uploaderId === user.id;
}

/** The uploader filter for someone's view of the library. */
export function mediaScopeOf(user: SessionUser): number | undefined {
  return user.role === 'author' ? user.id : undefined;
}
