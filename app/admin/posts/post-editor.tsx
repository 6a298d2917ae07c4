'use client';

import { useActionState, useState } from 'react';
import { FormField } from '@/app/_components/form-field';
import type { SaveAnswer } from '@/app/admin/_components/editor-session/answers';
import { EditorSession } from '@/app/admin/_components/editor-session/editor-session';
import { MarkdownEditor } from '@/app/admin/_components/markdown-editor';
import type { PostField } from '@/lib/validation/post';
import type { TypedFields } from '@/lib/validation/working-copy';
import { autosavePostAction, discardPostChangesAction, savePostAction, type PostFormState } from './actions';
import { ConflictPanel } from './conflict-panel';
import { PublishFields } from './publish-fields';

interface Props {
  postId?: number;
  initialValues: Partial<Record<PostField, string>>;
  categories: Array<{ id: number; name: string }>;
  /** Every tag's name, offered in the field's hint so the author reuses one instead of making a near twin. */
  knownTags?: string[];
  /** Whether readers see the post now: the primary button then says Update. */
  live?: boolean;
  /** This author's autosaved text, offered back on opening. */
  workingCopy?: { fields: TypedFields; baseVersion: number; updatedAt: string } | null;
  /** Shown once after a redirect here, e.g. "Post created." */
  notice?: string;
}

const FORM_ID = 'post-editor';

function primaryLabelFor(live: boolean, initialStatus: string) {
  return (data: FormData | null) => {
    const status = data?.get('status') ?? initialStatus;
    if (status === 'scheduled') return 'Schedule';
    if (status === 'published') return live ? 'Update' : 'Publish';
    return live ? 'Unpublish and save as draft' : 'Save draft';
  };
}

/**
 * The post form. It posts to a Server Action, so it saves without JavaScript
 * too (and reloads from what is stored). With JavaScript the editor session
 * (app/admin/_components/editor-session) saves in place without ever
 * replacing what is on screen, autosaves, and keeps a copy in this browser.
 */
export function PostEditor({ postId, initialValues, categories, knownTags = [], live = false, workingCopy = null, notice }: Props) {
  const initialState: PostFormState = { status: 'idle', values: initialValues, errors: {}, postId };
  const [formState, formAction] = useActionState(savePostAction, initialState);
  // Answers to saves made in place; the form's own state carries only those posted without JavaScript.
  const [answered, setAnswered] = useState<PostFormState | null>(null);
  const state = answered ?? formState;
  const { values, errors } = state;
  const id = state.postId ?? postId;

  async function save(data: FormData): Promise<SaveAnswer> {
    const answer = await savePostAction(state, data);
    // The fields on screen stay as they are (typed during the save, perhaps): keep the values the form started from.
    setAnswered({ ...answer, values: state.values });
    if (answer.saved) return { outcome: 'saved', message: answer.message ?? 'Saved.', ...answer.saved };
    return answer.unavailable ? { outcome: 'offline' } : { outcome: 'refused' };
  }

  return (
    <form id={FORM_ID} action={formAction} className="form post-editor" noValidate>
      <EditorSession
        formId={FORM_ID}
        storageKey={`post:${postId ?? 'new'}`}
        itemId={postId ?? null}
        version={Number(formState.values.version ?? initialValues.version ?? 0)}
        startsUnsaved={formState.status === 'error'}
        workingCopy={workingCopy}
        save={save}
        autosave={postId ? autosavePostAction : null}
        discard={postId ? discardPostChangesAction : null}
        primaryLabel={primaryLabelFor(live, initialValues.status ?? 'draft')}
      />
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'idle' && notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {state.conflict && <ConflictPanel conflict={state.conflict} />}
      <input type="hidden" name="id" value={id ?? ''} />
      <FormField name="title" label="Title" defaultValue={values.title} error={errors.title} required maxLength={200} />
      <FormField
        name="slug"
        label="Slug"
        hint="The address: /blog/slug. Leave empty to make it from the title. Renaming a published post keeps the old address working."
        defaultValue={values.slug}
        error={errors.slug}
        maxLength={80}
      />
      <FormField name="excerpt" label="Excerpt" hint="One or two sentences for lists, the feed and search results." defaultValue={values.excerpt} error={errors.excerpt} multiline maxLength={500} />
      <div className="field">
        <label htmlFor="field-categoryId">Category</label>
        <select
          id="field-categoryId"
          name="categoryId"
          defaultValue={values.categoryId ?? ''}
          required
          aria-invalid={errors.categoryId ? true : undefined}
          aria-describedby={errors.categoryId ? 'field-categoryId-error' : undefined}
        >
          <option value="">Choose a category</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        {errors.categoryId && (
          <p id="field-categoryId-error" className="field-error">
            {errors.categoryId}
          </p>
        )}
      </div>
      <FormField
        name="tags"
        label="Tags"
        hint={`Separate tags with commas; a new name makes a new tag.${knownTags.length > 0 ? ` In use: ${knownTags.slice(0, 40).join(', ')}.` : ''}`}
        defaultValue={values.tags}
        error={errors.tags}
        maxLength={2_000}
      />
      <MarkdownEditor name="body" label="Body (Markdown)" defaultValue={values.body ?? ''} error={errors.body} rows={24} />
      <PublishFields values={values} errors={errors} />
      {state.conflict && (
        <div className="form-actions">
          <button type="submit" name="overwriteVersion" value={state.conflict.currentVersion} className="button button-secondary">
            Save mine over their change
          </button>
        </div>
      )}
    </form>
  );
}
