'use server';

import { signOut } from '@/lib/auth/config';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';

export const signOutAction = staffAction({ roles: STAFF, input: FORM }, async (): Promise<void> => {
  await signOut({ redirectTo: '/login' });
});
