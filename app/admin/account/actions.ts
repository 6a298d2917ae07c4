'use server';

import { refresh } from 'next/cache';
import { canManageMedia } from '@/lib/auth/media-policy';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { invalidateAuthor } from '@/lib/cache/invalidate';
import { saveOwnProfile } from '@/lib/data/authors';
import { getMediaItem } from '@/lib/data/media';
import { fieldErrors, keepTextWhenDatabaseIsDown, readFields, requireFormData, type FormState } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { profileSchema, type ProfileField } from '@/lib/validation/profile';

export type ProfileFormState = FormState<ProfileField>;

const PROFILE_FIELDS = ['name', 'bio', 'avatarMediaId'] as const satisfies readonly ProfileField[];
const NOT_SAVED = 'Your profile was not saved. Please correct the highlighted fields.';
const NOT_LISTED = 'Portrait must be one of the images listed.';

/** Anyone signed in changes their own name, bio and portrait; nobody else's. */
export async function saveProfileAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  requireFormData(formData);
  const user = await requireRole(...STAFF);
  const values = readFields(formData, PROFILE_FIELDS);
  const refused = (errors: ProfileFormState['errors'], message = NOT_SAVED): ProfileFormState => ({ status: 'error', values, errors, message });
  const parsed = profileSchema.safeParse(values);
  const errors: ProfileFormState['errors'] = parsed.success ? {} : fieldErrors<ProfileField>(parsed.error);
  const avatarMediaId = values.avatarMediaId === '' ? null : parsePositiveInt(values.avatarMediaId);
  if (values.avatarMediaId !== '' && avatarMediaId === null) errors.avatarMediaId = NOT_LISTED;
  if (!parsed.success || errors.avatarMediaId) return refused(errors);
  return keepTextWhenDatabaseIsDown(
    async () => {
      const image = avatarMediaId === null ? null : await getMediaItem(avatarMediaId);
      if (avatarMediaId !== null && (!image || !canManageMedia(user, image))) return refused({ avatarMediaId: NOT_LISTED });
      const result = await saveOwnProfile(user.id, { ...parsed.data, avatarMediaId });
      if (!result.ok) return refused(result.reason === 'avatar_missing' ? { avatarMediaId: 'That image was just deleted from the library. Choose another.' } : {}, 'Your account no longer exists.');
      invalidateAuthor(result.slug);
      refresh();
      return { status: 'success', values, errors: {}, message: 'Your profile is saved. Your author page and bylines show it now.' };
    },
    (message) => refused({}, message),
  );
}
