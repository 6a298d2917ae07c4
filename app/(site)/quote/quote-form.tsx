'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { HoneypotField } from '@/app/_components/honeypot-field';
import { idleState } from '@/lib/forms/form-state';
import { submitQuoteRequest, type QuoteFormState } from './actions';

/**
 * Posts to a Server Action, so it works without JavaScript (the page comes
 * back with the result). On the reader page, which carries no React runtime
 * (decision 012), public/reader-forms.js shows the result without a reload.
 */
export function QuoteForm() {
  const [state, formAction, pending] = useActionState<QuoteFormState, FormData>(submitQuoteRequest, idleState());

  if (state.status === 'success') {
    return (
      <div className="notice notice-success" role="status">
        <h2>Request received</h2>
        <p>{state.message}</p>
      </div>
    );
  }
  const { values, errors } = state;
  return (
    <form action={formAction} className="form" noValidate data-enhance="quote">
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <FormField name="name" label="Name" defaultValue={values.name} error={errors.name} required maxLength={100} autoComplete="name" />
      <FormField name="email" label="E-mail" type="email" defaultValue={values.email} error={errors.email} required maxLength={254} autoComplete="email" />
      <FormField name="company" label="Company" defaultValue={values.company} error={errors.company} maxLength={150} autoComplete="organization" />
      <FormField
        name="message"
        label="What can we help you with?"
        hint="A few sentences about the project, timeline and budget."
        defaultValue={values.message}
        error={errors.message}
        multiline
        required
        maxLength={5000}
      />
      <HoneypotField />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending} data-pending-label="Sending…">
          {pending ? 'Sending…' : 'Send request'}
        </button>
      </div>
    </form>
  );
}
