import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getActiveUser, type Role, type SessionUser } from '@/lib/data/users';
import { auth } from './config';

/**
 * The signed-in user as the database knows them now, once per request.
 * A session whose user was disabled or deleted, or whose password was reset
 * since it signed in, counts as signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? getActiveUser(id, session?.signedInAt) : null;
});

/** For every admin page, Server Action and route handler: each checks for itself. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export const STAFF: Role[] = ['admin', 'editor', 'author'];
