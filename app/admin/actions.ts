'use server';

import { signOut } from '@/lib/auth/config';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { endSession } from '@/lib/data/user-sessions';

/** Ends this browser's session row as well as its cookie, so the JWT is worthless even if a copy of it was kept. */
export const signOutAction = staffAction({ roles: STAFF, input: FORM, duringTwoFactorSetup: true }, async (user): Promise<void> => {
  await endSession(user.id, user.sessionId);
  await signOut({ redirectTo: '/login' });
});
