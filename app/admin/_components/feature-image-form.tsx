'use client';

import { useActionState } from 'react';
import { FormNotice } from '@/app/admin/users/form-notice';
import type { FormState } from '@/lib/forms/form-state';

export type FeatureImageState = FormState<'mediaId'>;

interface Props {
  action: (previous: FeatureImageState, formData: FormData) => Promise<FeatureImageState>;
  targetId: number;
  label: string;
  currentId: number | null;
  choices: Array<{ id: number; fileName: string; altText: string }>;
}

/** Picks a library image as a post's feature image or a framework's logo. */
export function FeatureImageForm({ action, targetId, label, currentId, choices }: Props) {
  const [state, formAction, pending] = useActionState<FeatureImageState, FormData>(action, { status: 'idle', values: { mediaId: currentId ? String(currentId) : '' }, errors: {} });
  const error = state.errors.mediaId;
  return (
    <form action={formAction} className="form feature-image-form">
      <FormNotice state={state} />
      <input type="hidden" name="id" value={targetId} />
      <div className="field">
        <label htmlFor="field-mediaId">{label}</label>
        <span id="field-mediaId-hint" className="field-hint">
          Shown on the page, in lists and when the page is shared. Upload images in the media library; only described images can be chosen.
        </span>
        <select id="field-mediaId" name="mediaId" defaultValue={state.values.mediaId ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? 'field-mediaId-hint field-mediaId-error' : 'field-mediaId-hint'}>
          <option value="">None</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.fileName}
              {choice.altText ? '' : ' (no alt text)'}
            </option>
          ))}
        </select>
        {error && (
          <p id="field-mediaId-error" className="field-error">
            {error}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          Set {label.toLowerCase()}
        </button>
      </div>
    </form>
  );
}
