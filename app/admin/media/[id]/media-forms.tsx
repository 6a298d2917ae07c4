'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { FormNotice } from '@/app/admin/users/form-notice';
import { deleteMediaAction, updateMediaTextAction, type DeleteMediaState, type MediaTextState } from '../actions';

export function MediaTextForm({ id, altText, caption }: { id: number; altText: string; caption: string }) {
  const [state, formAction, pending] = useActionState<MediaTextState, FormData>(updateMediaTextAction, { status: 'idle', values: { altText, caption }, errors: {} });
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField
        name="altText"
        label="Alt text"
        hint="What the picture shows, for people who cannot see it. Required before a post using it can be published; a post may give its own in the Markdown."
        defaultValue={state.values.altText}
        error={state.errors.altText}
        maxLength={500}
        multiline
      />
      <FormField name="caption" label="Caption" defaultValue={state.values.caption} error={state.errors.caption} maxLength={1000} multiline />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : 'Save text'}
        </button>
      </div>
    </form>
  );
}

export function DeleteMediaForm({ id, fileName }: { id: number; fileName: string }) {
  const [state, formAction, pending] = useActionState<DeleteMediaState, FormData>(deleteMediaAction, { status: 'idle', values: {}, errors: {} });
  return (
    <form action={formAction} className="form">
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <div>
        <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
          Delete image<span className="visually-hidden"> {fileName}</span>
        </button>
      </div>
    </form>
  );
}
