'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { endOtherSessions, endSession } from '@/lib/data/user-sessions';

const SESSION_ID = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/);

/** Signs one of the person's other browsers out: its next request counts as signed out. */
export const endSessionAction = staffAction({ roles: STAFF, input: FORM }, async (user, formData): Promise<void> => {
  const parsed = SESSION_ID.safeParse(formData.get('sessionId'));
  if (parsed.success && parsed.data !== user.sessionId) await endSession(user.id, parsed.data);
  refresh();
  redirect('/admin/account?sessions=ended#sessions');
});

/** "Sign out everywhere else": every session of the person but this browser's. */
export const endOtherSessionsAction = staffAction({ roles: STAFF, input: FORM }, async (user): Promise<void> => {
  const ended = await endOtherSessions(user.id, user.sessionId);
  refresh();
  redirect(`/admin/account?sessions=${ended === 0 ? 'none' : 'ended'}#sessions`);
});
