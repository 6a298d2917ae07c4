'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { MarkdownEditor } from '@/app/admin/_components/markdown-editor';
import { UnsavedChangesGuard } from '@/app/admin/_components/unsaved-changes-guard';
import type { PostField } from '@/lib/validation/post';
import { savePostAction, type PostFormState } from './actions';
import { ConflictPanel } from './conflict-panel';
import { PublishFields } from './publish-fields';

interface Props {
  postId?: number;
  initialValues: Partial<Record<PostField, string>>;
  categories: Array<{ id: number; name: string }>;
  /** Shown once after a redirect here, e.g. "Post created." */
  notice?: string;
}

const FORM_ID = 'post-editor';

/**
 * The post form. It posts to a Server Action, so it saves without JavaScript
 * too; with JavaScript the page stays put, the preview is live, and leaving
 * with unsaved changes asks first.
 */
export function PostEditor({ postId, initialValues, categories, notice }: Props) {
  const initialState: PostFormState = { status: 'idle', values: initialValues, errors: {}, postId };
  const [state, formAction, pending] = useActionState(savePostAction, initialState);
  const values = state.values;
  const errors = state.errors;
  // A save re-renders the fields from the saved values; the key makes React take them.
  const formKey = `${values.version ?? 'new'}-${state.status}`;

  return (
    <form id={FORM_ID} key={formKey} action={formAction} className="form post-editor" noValidate>
      <UnsavedChangesGuard formId={FORM_ID} unsaved={state.status === 'error'} />
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
      <input type="hidden" name="id" value={postId ?? ''} />
      <input type="hidden" name="version" value={values.version ?? '0'} />
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
      <MarkdownEditor name="body" label="Body (Markdown)" defaultValue={values.body ?? ''} error={errors.body} rows={24} />
      <PublishFields values={values} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        {state.conflict && (
          <button type="submit" name="overwriteVersion" value={state.conflict.currentVersion} className="button button-secondary" disabled={pending}>
            Save mine over their change
          </button>
        )}
      </div>
    </form>
  );
}
