'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { setRequireTwoFactor } from '@/lib/data/two-factor';

/**
 * Admins require two-factor sign-in of admins and editors (or stop requiring it). Nobody is signed
 * out: whoever has not set it up is sent to set it up at their next admin page, the admin who
 * switched it on included.
 */
export const setRequireTwoFactorAction = staffAction({ roles: ['admin'], input: FORM }, async (user, formData): Promise<void> => {
  await setRequireTwoFactor(formData.get('required') === 'on', user.id);
  refresh();
  redirect('/admin/users?two-factor=saved#two-factor-policy');
});
