'use client';

import { useActionState, useState } from 'react';
import type { SaveAnswer } from '@/app/admin/_components/editor-session/answers';
import { EditorSession } from '@/app/admin/_components/editor-session/editor-session';
import { FormField } from '@/app/_components/form-field';
import { MarkdownEditor } from '@/app/admin/_components/markdown-editor';
import { OrderedListField } from '@/app/admin/_components/ordered-list-field';
import { FieldChanges } from '@/app/admin/_components/revisions/field-changes';
import { FRAMEWORK_LABELS as LABELS, FRAMEWORK_LIMITS as LIMITS, FRAMEWORK_LIST_FIELDS, type FrameworkStatus } from '@/lib/validation/framework-fields';
import type { TypedFields } from '@/lib/validation/working-copy';
import { autosaveFrameworkAction, discardFrameworkChangesAction, saveFrameworkAction } from '../actions';
import type { FrameworkFormState } from '../form-state';

const FORM_ID = 'framework-form';

interface Props {
  initial: FrameworkFormState;
  /** Whether readers see the framework now: the primary button then says Update. */
  live?: boolean;
  /** This editor's autosaved text, offered back on opening. */
  workingCopy?: { fields: TypedFields; baseVersion: number; updatedAt: string } | null;
  notice?: string;
}

const STATUS_CHOICES: ReadonlyArray<readonly [FrameworkStatus, string, string]> = [
  ['draft', 'Draft', 'Only staff can see it: no page, list, sitemap or search shows it.'],
  ['published', 'Published', 'Readers see its page, and it appears in the lists.'],
];

/** What the primary button does for the status chosen in the form, as in the post editor. */
function primaryLabelFor(live: boolean, chosen: FrameworkStatus) {
  return (data: FormData | null) => {
    const status = data?.get('status') ?? chosen;
    if (status === 'published') return live ? 'Update' : 'Publish';
    return live ? 'Unpublish and save as draft' : 'Save draft';
  };
}

/**
 * Every field of a framework. Posts to a Server Action through
 * useActionState, so it works without JavaScript too; each answer then
 * re-mounts the fields (keyed by attempt) with the values the server sent
 * back. With JavaScript the editor session saves in place instead, and
 * nothing on screen is replaced.
 */
export function FrameworkForm({ initial, live = false, workingCopy = null, notice }: Props) {
  const [formState, formAction] = useActionState(saveFrameworkAction, initial);
  const [answered, setAnswered] = useState<FrameworkFormState | null>(null);
  const state = answered ?? formState;
  const { values, errors } = state;
  const itemId = initial.id === '' ? null : Number(initial.id);
  const primaryLabel = primaryLabelFor(live, state.publication);

  async function save(data: FormData): Promise<SaveAnswer> {
    const answer = await saveFrameworkAction(state, data);
    // Keep the fields mounted as they are: they may hold text typed during the save.
    setAnswered({ ...answer, values: state.values, attempt: state.attempt, id: answer.saved ? String(answer.saved.itemId) : state.id });
    if (answer.saved) return { outcome: 'saved', message: answer.message ?? 'Saved.', ...answer.saved };
    if (answer.unavailable) return { outcome: 'offline' };
    return { outcome: 'refused', version: answer.status === 'conflict' && answer.conflict ? answer.conflict.version : undefined };
  }

  return (
    <form id={FORM_ID} action={formAction} className="form framework-form" noValidate>
      <EditorSession
        formId={FORM_ID}
        storageKey={`framework:${itemId ?? 'new'}`}
        itemId={itemId}
        version={Number(formState.version || 0)}
        lists={FRAMEWORK_LIST_FIELDS}
        startsUnsaved={formState.status !== 'idle' || formState.attempt > 0}
        workingCopy={workingCopy}
        save={save}
        autosave={itemId === null ? null : autosaveFrameworkAction}
        discard={itemId === null ? null : discardFrameworkChangesAction}
        primaryLabel={primaryLabel}
      />
      {state.status === 'idle' && notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}

      {/* The first submit button is the one Enter presses: make it Save, not a list button. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {primaryLabel(null)}
      </button>
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'conflict' && state.conflict && (
        <section className="notice notice-error conflict" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Someone else saved this framework</h2>
          <p role="alert">{state.message}</p>
          <h3>{state.conflict.comparedWithOwnText ? 'How their version differs from your text' : 'What they changed'}</h3>
          <FieldChanges changes={state.conflict.changes} headingLevel={4} emptyMessage="Their save changed no field." />
        </section>
      )}
      <div key={state.attempt} className="framework-fields">
        <input type="hidden" name="id" value={state.id} />
        <fieldset className="field">
          <legend>Status</legend>
          {STATUS_CHOICES.map(([value, label, hint]) => (
            <label key={value} className="choice">
              <input type="radio" name="status" value={value} defaultChecked={state.publication === value} /> {label}
              <span className="field-hint"> — {hint}</span>
            </label>
          ))}
        </fieldset>
        <FormField name="name" label={LABELS.name} defaultValue={values.name} error={errors.name} required maxLength={LIMITS.name} />
        <FormField
          name="slug"
          label={LABELS.slug}
          hint="The page's address: /frameworks/your-slug. Leave empty to make it from the name. Changing it moves the page; once published, the old address redirects to the new one."
          defaultValue={values.slug}
          error={errors.slug}
          maxLength={80}
        />
        <FormField name="language" label={LABELS.language} defaultValue={values.language} error={errors.language} required maxLength={LIMITS.language} />
        <FormField name="firstReleased" label={LABELS.firstReleased} hint="The year, e.g. 2005." defaultValue={values.firstReleased} error={errors.firstReleased} required maxLength={4} />
        <FormField name="creator" label={LABELS.creator} defaultValue={values.creator} error={errors.creator} required maxLength={LIMITS.creator} />
        <FormField name="architecture" label={LABELS.architecture} defaultValue={values.architecture} error={errors.architecture} required maxLength={LIMITS.architecture} />
        <FormField name="bestFor" label={LABELS.bestFor} hint="Shown in the comparison table." defaultValue={values.bestFor} error={errors.bestFor} maxLength={LIMITS.bestFor} />
        <MarkdownEditor name="overview" label={LABELS.overview} hint="Markdown." defaultValue={values.overview} error={errors.overview} rows={10} />
        <OrderedListField name="pros" label={LABELS.pros} items={values.pros} error={errors.pros} maxLength={LIMITS.listItem} />
        <OrderedListField name="cons" label={LABELS.cons} items={values.cons} error={errors.cons} maxLength={LIMITS.listItem} />
        <FormField
          name="bestUseCasesSummary"
          label={LABELS.bestUseCasesSummary}
          hint="A paragraph shown above the list of best use cases."
          defaultValue={values.bestUseCasesSummary}
          error={errors.bestUseCasesSummary}
          multiline
          maxLength={LIMITS.bestUseCasesSummary}
        />
        <OrderedListField name="bestUseCases" label={LABELS.bestUseCases} items={values.bestUseCases} error={errors.bestUseCases} maxLength={LIMITS.listItem} />
        <OrderedListField name="keyFeatures" label={LABELS.keyFeatures} items={values.keyFeatures} error={errors.keyFeatures} maxLength={LIMITS.listItem} />
      </div>
    </form>
  );
}
