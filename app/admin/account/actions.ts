'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { currentPasswordRefusal } from '@/lib/auth/authenticate';
import { signIn } from '@/lib/auth/config';
import { hashPassword } from '@/lib/auth/password';
import { clientIp } from '@/lib/client-ip';
import { canManageMedia } from '@/lib/auth/media-policy';
import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { issueTicket } from '@/lib/auth/sign-in-ticket';
import { invalidateAuthor } from '@/lib/cache/invalidate';
import { saveOwnProfile } from '@/lib/data/authors';
import { getMediaItem } from '@/lib/data/media';
import { changeOwnPassword } from '@/lib/data/user-management';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { passwordChangeSchema, profileSchema, type PasswordChangeField, type ProfileField } from '@/lib/validation/profile';

export type ProfileFormState = FormState<ProfileField>;

const PROFILE_FIELDS = ['name', 'bio', 'avatarMediaId'] as const satisfies readonly ProfileField[];
const NOT_SAVED = 'Your profile was not saved. Please correct the highlighted fields.';
const NOT_LISTED = 'Portrait must be one of the images listed.';

/** Anyone signed in changes their own name, bio and portrait; nobody else's. */
export const saveProfileAction = staffAction(
  { roles: STAFF, input: STATE_AND_FORM, unavailable: (message, [, formData]): ProfileFormState => ({ status: 'error', values: readFields(formData, PROFILE_FIELDS), errors: {}, message }) },
  async (user, _previous, formData): Promise<ProfileFormState> => {
  const values = readFields(formData, PROFILE_FIELDS);
  const refused = (errors: ProfileFormState['errors'], message = NOT_SAVED): ProfileFormState => ({ status: 'error', values, errors, message });
  const parsed = profileSchema.safeParse(values);
  const errors: ProfileFormState['errors'] = parsed.success ? {} : fieldErrors<ProfileField>(parsed.error);
  const avatarMediaId = values.avatarMediaId === '' ? null : parsePositiveInt(values.avatarMediaId);
  if (values.avatarMediaId !== '' && avatarMediaId === null) errors.avatarMediaId = NOT_LISTED;
  if (!parsed.success || errors.avatarMediaId) return refused(errors);
  const image = avatarMediaId === null ? null : await getMediaItem(avatarMediaId);
  if (avatarMediaId !== null && (!image || !canManageMedia(user, image))) return refused({ avatarMediaId: NOT_LISTED });
  const result = await saveOwnProfile(user.id, { ...parsed.data, avatarMediaId });
  if (!result.ok) return refused(result.reason === 'avatar_missing' ? { avatarMediaId: 'That image was just deleted from the library. Choose another.' } : {}, 'Your account no longer exists.');
  invalidateAuthor(result.slug);
  refresh();
  return { status: 'success', values, errors: {}, message: 'Your profile is saved. Your author page and bylines show it now.' };
});

export type PasswordChangeState = FormState<PasswordChangeField>;

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const satisfies readonly PasswordChangeField[];

/**
 * Changes one's own password after checking the current one through sign-in's own check (its
 * rate limits included, so the form cannot be used to guess). Every other session ends; this one
 * is signed in again with the new password. Passwords are never sent back into the page.
 */
export const changePasswordAction = staffAction(
  { roles: STAFF, input: STATE_AND_FORM, unavailable: (message): PasswordChangeState => ({ status: 'error', values: {}, errors: {}, message }) },
  async (user, _previous, formData): Promise<PasswordChangeState> => {
  const refused = (errors: PasswordChangeState['errors'], message = 'Your password was not changed.'): PasswordChangeState => ({ status: 'error', values: {}, errors, message });
  const parsed = passwordChangeSchema.safeParse(readFields(formData, PASSWORD_FIELDS));
  if (!parsed.success) return refused(fieldErrors<PasswordChangeField>(parsed.error));
  const { currentPassword, newPassword } = parsed.data;
  const wrong = await currentPasswordRefusal(user.email, currentPassword, clientIp(await headers()));
  if (wrong) return refused(wrong.currentPassword ? { currentPassword: wrong.currentPassword } : {}, wrong.message);
  // The app's clock, as the new session's sign-in time is: the session made below starts after it.
  if (!(await changeOwnPassword(user.id, await hashPassword(newPassword), new Date()))) return refused({}, 'Your account no longer exists.');
  await signIn('credentials', { ticket: issueTicket(user.id, 'complete'), redirectTo: '/admin/account?password=changed' });
  return { status: 'success', values: {}, errors: {}, message: 'Your password is changed.' };
});
