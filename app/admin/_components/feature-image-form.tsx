'use client';

import { useActionState } from 'react';
import { FormNotice } from '@/app/admin/users/form-notice';
import type { FormState } from '@/lib/forms/form-state';
import { LibraryImageField } from './library-image-field';

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
      <LibraryImageField
        name="mediaId"
        label={label}
        hint="Shown on the page, in lists and when the page is shared. Upload images in the media library; only described images can be chosen."
        noneLabel="None"
        defaultValue={state.values.mediaId ?? ''}
        error={error}
        choices={choices}
      />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          Set {label.toLowerCase()}
        </button>
      </div>
    </form>
  );
}
