'use server';

import { refresh } from 'next/cache';
import { forbidden, notFound, redirect } from 'next/navigation';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { canManageMedia } from '@/lib/auth/media-policy';
import { canManageTrash } from '@/lib/auth/post-policy';
import { invalidatePost } from '@/lib/cache/invalidate';
import { refreshRelatedPostPages } from '@/lib/cache/related-refresh';
import {
  createPost,
  emptyTrash,
  placementOf,
  restorePostFromTrash,
  restorePostRevision,
  trashPost,
  updatePost,
  type EditablePost,
  type SaveOutcome,
} from '@/lib/data/post-editing';
import { setPostFeatureImage } from '@/lib/data/feature-images';
import { getMediaItem } from '@/lib/data/media';
import { listCategoryChoices } from '@/lib/data/post-admin-list';
import type { SessionUser } from '@/lib/data/users';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { missingAltMessage } from '@/lib/media/alt-text';
import { adminPostPaths } from '@/lib/paths';
import { POST_FIELDS, postFormSchema, type PostField } from '@/lib/validation/post';
import { formatTagList } from '@/lib/validation/tags';
import { autosaveOffline, autosaveWorkingCopy, discardOffline, discardWorkingCopyFor, type WorkingCopyTarget } from '@/lib/editing/working-copy-actions';
import { STAY_FIELD, type AutosaveAnswer, type DiscardAnswer, type SavedInPlace } from '../_components/editor-session/answers';
import type { FeatureImageState } from '../_components/feature-image-form';
import { describeConflict, type PostConflict } from './conflict';
import { editablePostFor } from './editable-post';
import { POST_LABELS } from './field-map';

const POST_FIELD_NAMES: Record<string, string> = { ...POST_LABELS, categoryId: 'Category', publishedAt: 'Publish time' };

export type PostFormState = FormState<PostField> & {
  conflict?: PostConflict;
  postId?: number;
  /** A save from the editor's script, which stays on the page (lib STAY_FIELD). */
  saved?: SavedInPlace;
  /** The database could not be reached: nothing was saved. */
  unavailable?: boolean;
};

async function categoryNames(): Promise<Map<number, string>> {
  return new Map((await listCategoryChoices()).map((category) => [category.id, category.name]));
}

/**
 * Creates or saves a post. A refused save returns every field as typed, so nothing is lost; a saved one reloads the editor.
 * Called by the form (useActionState) and by the editor's script with the same two arguments (post-editor.tsx).
 */
export const savePostAction = staffAction(
  { roles: STAFF, input: STATE_AND_FORM, unavailable: (message, [, formData]) => unsaved(message, formData) },
  async (user, _previous, formData) => savePost(user, formData),
);

/** The database could not be reached, the guard's lookup included: nothing was saved, and the editor keeps every field (decision 016). */
function unsaved(message: string, formData: FormData): PostFormState {
  const id = parsePositiveInt(formData.get('id'));
  return { status: 'error', values: readFields(formData, POST_FIELDS), errors: {}, message, postId: id ?? undefined, unavailable: true };
}

async function savePost(user: SessionUser, formData: FormData): Promise<PostFormState> {
  const id = parsePositiveInt(formData.get('id'));
  const values = readFields(formData, POST_FIELDS);
  const existing = id === null ? null : await editablePostFor(user, id);

  // A form without the Tags field (a page from before tags existed) must not clear them.
  const parsed = postFormSchema().safeParse(formData.has('tags') ? values : { ...values, tags: undefined });
  if (!parsed.success) {
    return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'The post was not saved. Correct the fields marked below.', postId: id ?? undefined };
  }
  const { version, ...input } = parsed.data;
  // Readers who cannot see a picture get its alt text: a post with an undescribed image stays a draft.
  const altProblem = input.status === 'draft' ? null : await missingAltMessage(input.body, 'Body');
  if (altProblem) return { status: 'error', values, errors: { body: altProblem }, message: 'The post was not published. Correct the fields marked below; saving it as a draft works now.', postId: id ?? undefined };
  // "Save mine anyway", offered after a conflict, bases the save on the version the author has now seen.
  const baseVersion = parsePositiveInt(formData.get('overwriteVersion')) ?? version;
  const outcome: SaveOutcome = existing ? await updatePost(existing.id, baseVersion, input, user) : await createPost(input, user);

  if (!outcome.ok) {
    switch (outcome.reason) {
      case 'not-found':
        notFound();
      case 'slug-taken':
        return { status: 'error', values, errors: { slug: `Slug “${input.slug}” is already used by another post (perhaps one in the trash). Choose another.` }, message: 'The post was not saved.', postId: id ?? undefined };
      case 'unknown-category':
        return { status: 'error', values, errors: { categoryId: 'That category no longer exists. Choose another.' }, message: 'The post was not saved.', postId: id ?? undefined };
      case 'conflict':
        return {
          status: 'error',
          values,
          errors: {},
          message: `Not saved: someone else saved this post while you were editing and changed the same parts you did (${outcome.fields.map((field) => POST_FIELD_NAMES[field] ?? field).join(', ')}). Your text is still here. Review their change below, then choose what to keep and save again.`,
          conflict: describeConflict(outcome.base, outcome.current, await categoryNames()),
          postId: id ?? undefined,
        };
    }
  }

  invalidatePost(outcome.before && placementOf(outcome.before), placementOf(outcome.saved));
  await refreshRelatedPostPages({ postIds: [outcome.saved.id] });
  const saved = outcome.saved;
  const merged = outcome.mergedWith === null ? '' : ` Someone else had saved version ${outcome.mergedWith} meanwhile; their changes and yours are both in it.`;
  if (formData.get(STAY_FIELD) === '1') {
    // The page around the editor (its heading, "View on site") catches up; the editor keeps what is on screen.
    // A new post's editor moves to the post's own page instead.
    if (existing) refresh();
    return {
      status: 'success',
      values,
      errors: {},
      message: `${existing ? 'Saved' : 'Created'} as version ${saved.version}.${merged}`,
      postId: saved.id,
      saved: { itemId: saved.id, version: saved.version, editHref: existing ? adminPostPaths.edit(saved.id) : `${adminPostPaths.edit(saved.id)}?created=1`, settled: settledFields(values, saved) },
    };
  }
  // Post/Redirect/Get: without JavaScript the editor reloads from what is stored.
  redirect(existing ? `${adminPostPaths.edit(saved.id)}?saved=${saved.version}${outcome.mergedWith === null ? '' : `&merged=${outcome.mergedWith}`}` : `${adminPostPaths.edit(saved.id)}?created=1`);
}

/**
 * The text fields stored differently from what was sent: a slug made from the
 * title, or, after a merge, the other person's changes. The editor puts them
 * on screen, so the author goes on from what is stored.
 */
function settledFields(typed: Record<PostField, string>, saved: EditablePost): Record<string, string> {
  const settled: Record<string, string> = {};
  for (const field of ['title', 'slug', 'excerpt', 'body', 'categoryId'] as const) {
    // Line breaks arrive as CR LF from every browser and are stored as LF (lib/validation/text.ts): not a difference.
    if (String(saved[field]) !== typed[field].replace(/\r\n?/g, '\n')) settled[field] = String(saved[field]);
  }
  // Tags come back in their stored spelling and order ("django" joins the existing "Django").
  if (formatTagList(saved.tags) !== typed.tags) settled.tags = formatTagList(saved.tags);
  return settled;
}

/** The fields a working copy keeps, with the labels its refusals name. */
const WORKING_COPY_FIELDS = {
  title: 'Title',
  slug: 'Slug',
  excerpt: 'Excerpt',
  categoryId: 'Category',
  tags: 'Tags',
  body: 'Body',
  status: 'Status',
  publishAt: 'Publish at',
  publishAtIso: 'Publish at',
} as const;

/**
 * Autosave: keeps what the author typed as their working copy of the post. Nothing readers see changes; no revision is written.
 * The editor session calls it from code with the form alone (editor-session.tsx).
 */
export const autosavePostAction = staffAction({ roles: STAFF, input: FORM, unavailable: autosaveOffline }, async (user, formData): Promise<AutosaveAnswer> => {
  return autosaveWorkingCopy(formData, () => workingCopyTarget(user, formData), WORKING_COPY_FIELDS);
});

/** "Discard changes": drops the author's working copy; the editor goes back to the saved version. Called from code with a form holding the id. */
export const discardPostChangesAction = staffAction({ roles: STAFF, input: FORM, unavailable: discardOffline }, async (user, formData): Promise<DiscardAnswer> => {
  return discardWorkingCopyFor(() => workingCopyTarget(user, formData));
});

/** The session's user may edit the item named in the form (404 or 403 otherwise); the guard itself is the wrapper's. */
async function workingCopyTarget(user: SessionUser, formData: FormData): Promise<WorkingCopyTarget> {
  const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
  return { kind: 'post', itemId: post.id, userId: user.id, label: post.title };
}

export const trashPostAction = staffAction({ roles: STAFF, input: FORM }, async (user, formData): Promise<void> => {
  const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
  const trashed = await trashPost(post.id, user);
  if (!trashed) notFound();
  invalidatePost(placementOf(trashed));
  await refreshRelatedPostPages({ postIds: [trashed.id] });
  redirect(`${adminPostPaths.list()}?trashed=${post.id}`);
});

export const restoreFromTrashAction = staffAction({ roles: STAFF, input: FORM }, async (user, formData): Promise<void> => {
  if (!canManageTrash(user)) forbidden();
  const id = parsePositiveInt(formData.get('id'));
  const restored = id === null ? null : await restorePostFromTrash(id, user);
  if (!restored) notFound();
  invalidatePost(placementOf(restored));
  await refreshRelatedPostPages({ postIds: [restored.id] });
  refresh();
});

// A `<form action>` button: it takes no fields, but the browser still sends the (empty) form.
export const emptyTrashAction = staffAction({ roles: STAFF, input: FORM }, async (user, _emptyForm): Promise<void> => {
  if (!canManageTrash(user)) forbidden();
  const deleted = await emptyTrash(user);
  invalidatePost(...deleted.map(placementOf));
  refresh();
});

/** Brings back an earlier revision's text as a new revision. */
export const restoreRevisionAction = staffAction({ roles: STAFF, input: FORM }, async (user, formData): Promise<void> => {
  const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
  const revisionId = parsePositiveInt(formData.get('revisionId'));
  const outcome = revisionId === null ? ({ ok: false, reason: 'not-found' } as const) : await restorePostRevision(post.id, revisionId, user, { withSlug: formData.get('withSlug') === 'on' });
  if (!outcome.ok) {
    if (outcome.reason === 'slug-taken') redirect(`${adminPostPaths.history(post.id)}?error=slug-taken`);
    notFound();
  }
  invalidatePost(outcome.before && placementOf(outcome.before), placementOf(outcome.saved));
  await refreshRelatedPostPages({ postIds: [outcome.saved.id] });
  redirect(`${adminPostPaths.edit(post.id)}?restored=${outcome.saved.version}`);
});

/** Sets or clears the post's feature image: one of the library images the user may manage, with alt text. */
export const setFeatureImageAction = staffAction({ roles: STAFF, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<FeatureImageState> => {
  const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
  const raw = formData.get('mediaId');
  const values = { mediaId: typeof raw === 'string' ? raw : '' };
  const mediaId = values.mediaId === '' ? null : parsePositiveInt(values.mediaId);
  const refused = (message: string): FeatureImageState => ({ status: 'error', values, errors: { mediaId: message }, message: 'The feature image was not changed.' });
  if (values.mediaId !== '' && mediaId === null) return refused('Feature image must be one of the images listed.');
  const image = mediaId === null ? null : await getMediaItem(mediaId);
  if (mediaId !== null && (!image || !canManageMedia(user, image))) return refused('Feature image must be one of the images listed.');
  const outcome = await setPostFeatureImage(post.id, mediaId, user);
  if (!outcome.ok) {
    if (outcome.reason === 'not-found') notFound();
    return refused(outcome.reason === 'no-alt' ? 'Feature image has no alt text. Describe it in the media library first.' : 'Feature image no longer exists. Choose another.');
  }
  invalidatePost(placementOf(post));
  return { status: 'success', values, errors: {}, message: mediaId === null ? 'Feature image removed.' : 'Feature image set.' };
});
