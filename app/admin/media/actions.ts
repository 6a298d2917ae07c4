'use server';

import { forbidden, notFound, redirect } from 'next/navigation';
import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { canManageMedia } from '@/lib/auth/media-policy';
import { invalidateMedia } from '@/lib/cache/invalidate';
import { deleteMedia, getMediaItem, updateMediaText, type MediaItem, type MediaUsage } from '@/lib/data/media';
import type { SessionUser } from '@/lib/data/users';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { mediaFiles } from '@/lib/media/storage';
import { MEDIA_TEXT_FIELDS, mediaTextSchema, type MediaTextField } from '@/lib/validation/media';

export type MediaTextState = FormState<MediaTextField>;
export type DeleteMediaState = FormState<never> & { usage?: MediaUsage[] };

/** The image a form acts on: 404 when it is gone, 403 when it is someone else's and they are an author. */
async function manageableMedia(user: SessionUser, formData: FormData): Promise<MediaItem> {
  const id = parsePositiveInt(formData.get('id'));
  const image = id === null ? null : await getMediaItem(id);
  if (!image) notFound();
  if (!canManageMedia(user, image)) forbidden();
  return image;
}

export const updateMediaTextAction = staffAction({ roles: STAFF, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<MediaTextState> => {
  const image = await manageableMedia(user, formData);
  const values = readFields(formData, MEDIA_TEXT_FIELDS);
  const parsed = mediaTextSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'The text was not saved. Correct the fields marked below.' };
  const saved = await updateMediaText(image.id, parsed.data, user);
  if (!saved) notFound();
  invalidateMedia(saved.hash);
  return { status: 'success', values: parsed.data, errors: {}, message: parsed.data.altText ? 'Saved.' : 'Saved. The image still has no alt text, so posts using it cannot be published.' };
});

/** Refused, naming every place that shows the image, while anything uses it. */
export const deleteMediaAction = staffAction({ roles: STAFF, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<DeleteMediaState> => {
  const image = await manageableMedia(user, formData);
  const outcome = await deleteMedia(image.id, user);
  if (!outcome.ok) {
    if (outcome.reason === 'not-found') notFound();
    const places = outcome.usage.map((use) => `${use.kind} “${use.title}” (${use.as}${use.trashed ? ', in the trash' : ''})`);
    return { status: 'error', values: {}, errors: {}, message: `${image.fileName} was not deleted: it is used in ${places.join('; ')}. Remove it from there first.`, usage: outcome.usage };
  }
  mediaFiles.evict(outcome.hash);
  invalidateMedia(outcome.hash);
  redirect(`/admin/media?deleted=${encodeURIComponent(image.fileName)}`);
});
