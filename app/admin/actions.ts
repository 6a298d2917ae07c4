'use server';

import { signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/guards';

export async function signOutAction(): Promise<void> {
  await requireUser();
  await signOut({ redirectTo: '/login' });
}
