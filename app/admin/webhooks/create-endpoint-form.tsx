'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import { WEBHOOK_EVENT_TYPES } from '@/lib/outbox/events';
import { FormNotice } from '../users/form-notice';
import { createWebhookEndpointAction, type CreateEndpointState } from './actions';

/** Works without JavaScript: the page comes back with the errors and what was typed, or with the new secret, shown this once. */
export function CreateEndpointForm() {
  const [state, formAction, pending] = useActionState<CreateEndpointState, FormData>(createWebhookEndpointAction, idleState());
  const { values, errors } = state;
  const checked = state.status === 'error' ? new Set(values.events?.split(',')) : new Set<string>(WEBHOOK_EVENT_TYPES);
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      {state.secret && (
        <div className="notice notice-warning">
          <p>
            Signing secret for <strong>{state.url}</strong>:
          </p>
          <p>
            <code data-testid="webhook-secret">{state.secret}</code>
          </p>
        </div>
      )}
      <FormField name="url" label="URL" defaultValue={values.url} error={errors.url} hint="Where each event is POSTed, as JSON: http:// or https://." required maxLength={2000} autoComplete="off" />
      <fieldset className="field" aria-describedby={errors.events ? 'field-events-error' : undefined}>
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" name="events" value={type} defaultChecked={checked.has(type)} /> {type}
          </label>
        ))}
        {errors.events && (
          <p id="field-events-error" className="field-error">
            {errors.events}
          </p>
        )}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Adding…' : 'Add endpoint'}
        </button>
      </div>
    </form>
  );
}
