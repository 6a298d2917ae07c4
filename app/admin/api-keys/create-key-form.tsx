'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import { FormNotice } from '../users/form-notice';
import { createApiKeyAction, type CreateApiKeyState } from './actions';

/**
 * Works without JavaScript: the answer to the form's post is this page with the new key in it.
 * The key is in that one answer only; reloading shows the list, where it is a prefix.
 */
export function CreateKeyForm() {
  const [state, formAction, pending] = useActionState<CreateApiKeyState, FormData>(createApiKeyAction, idleState());
  return (
    <>
      {state.key && (
        <section className="notice notice-success new-api-key" role="status" aria-labelledby="new-api-key-heading">
          <h2 id="new-api-key-heading">Copy this key now</h2>
          <p>It is shown only this once: the site keeps only a hash of it. Send it as <code>Authorization: Bearer &lt;key&gt;</code>.</p>
          <p>
            <label htmlFor="new-api-key">Key</label>
            <input id="new-api-key" readOnly value={state.key} className="api-key-value" spellCheck={false} />
          </p>
        </section>
      )}
      <form action={formAction} className="form" noValidate>
        {state.status === 'error' && <FormNotice state={state} />}
        <FormField name="name" label="Name" hint="Who or what will use it, e.g. “Mobile app” or “Partner site”." defaultValue={state.values.name} error={state.errors.name} required maxLength={100} autoComplete="off" />
        <div>
          <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
            {pending ? 'Making…' : 'Make a key'}
          </button>
        </div>
      </form>
    </>
  );
}
