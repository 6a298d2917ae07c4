'use client';

import { useActionState } from 'react';
import { createPreviewLinkAction, type PreviewLinkState } from './preview-link-actions';

/** The form that makes a preview link, and the link itself, shown once (only its hash is kept). */
export function SharePreviewForm({ postId }: { postId: number }) {
  const [state, action, pending] = useActionState(createPreviewLinkAction, { status: 'idle' } as PreviewLinkState);
  const errors = state.status === 'error' ? state.errors : {};
  return (
    <form action={action} className="form share-preview-form">
      <input type="hidden" name="id" value={postId} />
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="preview-days">Link works for</label>
        <select id="preview-days" name="days" defaultValue="7" aria-describedby={errors.days ? 'preview-days-error' : undefined}>
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </select>
        {errors.days && (
          <p id="preview-days-error" className="field-error">
            {errors.days}
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend>Shows</legend>
        <label className="choice">
          <input type="radio" name="source" value="saved" defaultChecked /> The saved version
        </label>
        <label className="choice">
          <input type="radio" name="source" value="working-copy" /> My latest changes, saved or not (it follows my autosaves)
        </label>
        {errors.source && <p className="field-error">{errors.source}</p>}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Creating…' : 'Create preview link'}
      </button>
      {state.status === 'created' && (
        <div className="notice notice-success" role="status">
          <label htmlFor="preview-link">Preview link: copy it now, it is shown only once</label>
          <input id="preview-link" type="text" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </form>
  );
}
