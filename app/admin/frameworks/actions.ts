'use server';

import { refresh } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { parsePositiveInt } from '@/lib/forms/ids';
import { adminFrameworkPaths } from '@/lib/paths';
import { invalidateFramework } from '@/lib/cache/invalidate';
import { createFramework, getFrameworkForEdit, restoreFrameworkRevision, SlugTakenError, updateFramework, type FrameworkContent } from '@/lib/data/framework-editing';
import { autosaveOffline, autosaveWorkingCopy, discardOffline, discardWorkingCopyFor, type WorkingCopyTarget } from '@/lib/editing/working-copy-actions';
import { diffFields } from '@/lib/diff/fields';
import { fieldErrors } from '@/lib/forms/form-state';
import { applyListOperation, parseListIntent } from '@/lib/forms/list-intent';
import { setFrameworkLogo } from '@/lib/data/feature-images';
import type { SessionUser } from '@/lib/data/users';
import { missingAltMessage } from '@/lib/media/alt-text';
import { parseFramework } from '@/lib/validation/framework';
import { FRAMEWORK_LABELS, FRAMEWORK_LIST_FIELDS, parseFrameworkStatus, type FrameworkFormField, type FrameworkFormValues } from '@/lib/validation/framework-fields';
import { STAY_FIELD, type AutosaveAnswer, type DiscardAnswer } from '../_components/editor-session/answers';
import { formatRevisionTime } from '../_components/revisions/format';
import type { FeatureImageState } from '../_components/feature-image-form';
import type { FrameworkFormState } from './form-state';
import { asFieldMap, isListField, readFrameworkValues, toFormValues } from './form-values';
import { previousSave, type PreviousSave } from './previous-save';
import type { TypedFields } from '@/lib/validation/working-copy';

const EDITORS = ['admin', 'editor'] as const;

/**
 * Creates or updates a framework (editors and admins). Also applies the list
 * buttons (add, remove, move) when JavaScript is off: those come with an
 * `intent` and only re-render the form, saving nothing. Called by the form
 * (useActionState) and by the editor's script with the same two arguments.
 */
export const saveFrameworkAction = staffAction(
  { roles: EDITORS, input: STATE_AND_FORM, unavailable: (message, [previous, formData]) => unsaved(message, previousSave(previous), formData) },
  async (user, previous, formData) => saveFramework(user, previousSave(previous), formData, readFrameworkValues(formData)),
);

/** The database could not be reached, the guard's lookup included: nothing was saved, and the form keeps every field (decision 016). */
function unsaved(message: string, previous: PreviousSave, formData: FormData): FrameworkFormState {
  const id = formData.get('id');
  const version = formData.get('version');
  return {
    status: 'error',
    values: readFrameworkValues(formData),
    publication: parseFrameworkStatus(formData.get('status')) ?? 'draft',
    id: typeof id === 'string' ? id : '',
    version: typeof version === 'string' ? version : '',
    errors: {},
    message,
    attempt: previous.attempt + 1,
    unavailable: true,
  };
}

async function saveFramework(user: SessionUser, previous: PreviousSave, formData: FormData, values: FrameworkFormValues): Promise<FrameworkFormState> {
  const idField = formData.get('id');
  const versionField = formData.get('version');
  const id = idField === '' || idField === null ? null : parsePositiveInt(idField);
  if (idField !== '' && idField !== null && id === null) notFound();
  // No status sent keeps the framework's own (a new one: a draft); one not offered is refused below.
  const statusField = formData.get('status');
  const publication = statusField === null || statusField === '' ? null : parseFrameworkStatus(statusField);
  const base: FrameworkFormState = {
    status: 'idle',
    values,
    publication: publication ?? previous.publication ?? 'draft',
    id: id === null ? '' : String(id),
    version: typeof versionField === 'string' ? versionField : '',
    errors: {},
    attempt: previous.attempt + 1,
  };

  const staysOnPage = formData.get(STAY_FIELD) === '1';
  const intent = formData.get('intent');
  if (typeof intent === 'string' && intent !== '' && intent !== 'save') {
    const parsed = parseListIntent(intent);
    if (parsed && isListField(parsed.list)) values[parsed.list] = applyListOperation(values[parsed.list], parsed.operation, '');
    // A conflict shown before stays visible while the editor rearranges lists.
    return previous.status === 'conflict' ? { ...base, status: 'conflict', message: previous.message, conflict: previous.conflict } : base;
  }

  if (publication === null && statusField !== null && statusField !== '') return { ...base, status: 'error', message: 'The framework was not saved: choose Draft or Published.' };
  const parsed = parseFramework(values);
  if (!parsed.success) {
    return { ...base, status: 'error', errors: fieldErrors<FrameworkFormField>(parsed.error), message: 'The framework was not saved. Please correct the fields marked below.' };
  }
  // An undescribed library image is refused at every save, drafts too: publishing is one click away.
  const altProblem = await missingAltMessage(parsed.data.overview, FRAMEWORK_LABELS.overview);
  if (altProblem) return { ...base, status: 'error', errors: { overview: altProblem }, message: 'The framework was not saved. Please correct the fields marked below.' };
  const slugTaken = (error: SlugTakenError): FrameworkFormState => ({
    ...base,
    status: 'error',
    errors: { slug: `${error.message} Choose another.` },
    message: 'The framework was not saved. Please correct the fields marked below.',
  });

  if (id === null) {
    let created: { id: number; slug: string };
    try {
      created = await createFramework(parsed.data, user.id, publication ?? 'draft');
    } catch (error) {
      if (error instanceof SlugTakenError) return slugTaken(error);
      throw error;
    }
    // A new draft is on no public page yet (no post ranks it), so only publishing one changes what readers see.
    if (publication === 'published') invalidateFramework(created.slug);
    if (staysOnPage) return savedInPlace(base, created.id, 1, { slug: created.slug }, 'Created as version 1.', `${adminFrameworkPaths.edit(created.id)}?created=1`);
    redirect(`${adminFrameworkPaths.edit(created.id)}?created=1`);
  }

  const baseVersion = parsePositiveInt(versionField);
  if (baseVersion === null) {
    return { ...base, status: 'error', message: 'The form does not say which version it is based on. Copy your text, reload the page and apply it again.' };
  }
  const result = await updateFramework(id, baseVersion, parsed.data, user.id, publication);
  if (!result.ok) {
    if (result.reason === 'not-found') notFound();
    if (result.reason === 'conflict') return conflictState(base, result);
    return slugTaken(new SlugTakenError(parsed.data.slug));
  }
  // Drafts too: a public post that ranks a draft shows its section (decision 022).
  invalidateFramework(result.before!.slug, result.saved.slug);
  const { saved, mergedWith } = result;
  const merged = mergedWith === null ? '' : ` Someone else had saved version ${mergedWith} meanwhile; their changes and yours are both in it.`;
  if (staysOnPage) return savedInPlace(base, id, saved.version, settledFields(values, saved), `Saved as version ${saved.version}.${merged}`);
  redirect(`${adminFrameworkPaths.edit(id)}?saved=${saved.version}${mergedWith === null ? '' : `&merged=${mergedWith}`}`);
}

/** The answer to a save from the editor's script: the page stays, and so does everything on it. */
/** The fields stored differently from what was sent (a slug from the name, another person's merged change), as the form holds them. */
function settledFields(typed: FrameworkFormValues, saved: FrameworkContent): TypedFields {
  // Line breaks arrive as CR LF from every browser and are stored as LF: not a difference.
  const asStored = (value: string | string[]) => JSON.stringify(value).replace(/\\r\\n?/g, '\\n');
  return Object.fromEntries(Object.entries(toFormValues(saved)).filter(([field, value]) => asStored(value) !== asStored(typed[field as keyof FrameworkFormValues])));
}

function savedInPlace(base: FrameworkFormState, id: number, version: number, settled: TypedFields, message: string, newEditor?: string): FrameworkFormState {
  // The page around the form (its heading, "View on the site") catches up; the form keeps what is on screen.
  // A new framework's form moves to its own page instead.
  if (!newEditor) refresh();
  return {
    ...base,
    status: 'saved',
    id: String(id),
    version: String(version),
    message,
    saved: { itemId: id, version, editHref: newEditor ?? adminFrameworkPaths.edit(id), settled },
  };
}

/** Autosave: keeps what the editor typed as their working copy of the framework; readers see nothing of it. The editor session calls it with the form alone. */
export const autosaveFrameworkAction = staffAction({ roles: EDITORS, input: FORM, unavailable: autosaveOffline }, async (user, formData): Promise<AutosaveAnswer> => {
  return autosaveWorkingCopy(formData, () => workingCopyTarget(user, formData), FRAMEWORK_LABELS, FRAMEWORK_LIST_FIELDS);
});

/** "Discard changes": drops the editor's working copy; the form goes back to the saved version. Called from code with a form holding the id. */
export const discardFrameworkChangesAction = staffAction({ roles: EDITORS, input: FORM, unavailable: discardOffline }, async (user, formData): Promise<DiscardAnswer> => {
  return discardWorkingCopyFor(() => workingCopyTarget(user, formData));
});

/** The session's user may edit the item named in the form (404 or 403 otherwise); the guard itself is the wrapper's. */
async function workingCopyTarget(user: SessionUser, formData: FormData): Promise<WorkingCopyTarget> {
  const id = parsePositiveInt(formData.get('id'));
  const framework = id === null ? null : await getFrameworkForEdit(id);
  if (!framework) notFound();
  return { kind: 'framework', itemId: framework.id, userId: user.id, label: framework.name };
}

/**
 * Someone saved in between: nothing was written. The editor keeps their text,
 * sees what the other person changed, and the form now carries the newer
 * version, so saving again (after merging by hand) is a deliberate choice.
 */
function conflictState(
  base: FrameworkFormState,
  result: { current: FrameworkContent & { version: number }; base: FrameworkContent | null; savedBy: string | null; savedAt: Date },
): FrameworkFormState {
  const from = result.base ? asFieldMap(result.base) : asFieldMap(base.values);
  const changes = diffFields(from, asFieldMap(result.current), FRAMEWORK_LABELS);
  const who = result.savedBy ?? 'Someone else';
  return {
    ...base,
    status: 'conflict',
    version: String(result.current.version),
    message: `Not saved: ${who} saved this framework (version ${result.current.version}, ${formatRevisionTime(result.savedAt)}) after you started editing. Your text is still in the form below. Compare it with their change, merge what you want to keep, then save again to replace their version.`,
    conflict: { version: result.current.version, savedBy: result.savedBy, savedAt: result.savedAt.toISOString(), changes, comparedWithOwnText: result.base === null },
  };
}

/** Puts an old revision back as a new version, then shows the history. */
export const restoreFrameworkRevisionAction = staffAction({ roles: EDITORS, input: FORM }, async (user, formData): Promise<void> => {
  const id = parsePositiveInt(formData.get('id'));
  const revisionId = parsePositiveInt(formData.get('revisionId'));
  if (id === null || revisionId === null) notFound();
  const result = await restoreFrameworkRevision(id, revisionId, user.id, { withSlug: formData.get('withSlug') === 'on' });
  if (!result.ok) {
    if (result.reason === 'slug-taken') redirect(`${adminFrameworkPaths.history(id)}?error=slug-taken`);
    notFound();
  }
  invalidateFramework(result.before!.slug, result.saved.slug);
  redirect(`${adminFrameworkPaths.edit(id)}?restored=${result.saved.version}`);
});

/** Sets or clears a framework's logo (editors and admins): a library image with alt text. */
export const setFrameworkLogoAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<FeatureImageState> => {
  const id = parsePositiveInt(formData.get('id'));
  if (id === null) notFound();
  const raw = formData.get('mediaId');
  const values = { mediaId: typeof raw === 'string' ? raw : '' };
  const mediaId = values.mediaId === '' ? null : parsePositiveInt(values.mediaId);
  const refused = (message: string): FeatureImageState => ({ status: 'error', values, errors: { mediaId: message }, message: 'The logo was not changed.' });
  if (values.mediaId !== '' && mediaId === null) return refused('Logo must be one of the images listed.');
  const outcome = await setFrameworkLogo(id, mediaId, user);
  if (!outcome.ok) {
    if (outcome.reason === 'not-found') notFound();
    return refused(outcome.reason === 'no-alt' ? 'Logo has no alt text. Describe it in the media library first.' : 'Logo must be one of the images listed.');
  }
  invalidateFramework(outcome.slug!);
  return { status: 'success', values, errors: {}, message: mediaId === null ? 'Logo removed.' : 'Logo set.' };
});
