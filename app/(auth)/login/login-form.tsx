'use client';

import { useActionState, useEffect, useRef } from 'react';
import { FormField } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import { signInAction, type SignInState } from './actions';

export function LoginForm() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, idleState());
  // Copied from the address for the form's own sake; the action also reads it
  // from the page's address (Referer), so a press before this runs, or without
  // JavaScript, still lands there. The server only accepts same-origin paths.
  const callbackInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get('callbackUrl');
    if (requested && callbackInput.current) callbackInput.current.value = requested;
  }, []);

  return (
    <form action={formAction} className="form" noValidate>
      {state.message && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <input ref={callbackInput} type="hidden" name="callbackUrl" defaultValue="/admin" />
      <FormField name="email" label="E-mail" type="email" defaultValue={state.values.email} error={state.errors.email} required autoComplete="username" />
      <FormField name="password" label="Password" type="password" error={state.errors.password} required autoComplete="current-password" />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
