'use client';

import Link from 'next/link';
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
  }, [state.step]);

  return (
    <form action={formAction} className="form" noValidate>
      {state.message && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <input ref={callbackInput} type="hidden" name="callbackUrl" defaultValue="/admin" />
      {state.step === 'code' ? (
        <>
          <input type="hidden" name="ticket" value={state.ticket} />
          <p>
            Signing in as <strong>{state.values.email}</strong>. Open your authenticator app and enter the six-digit code it shows for this site. Without your
            phone, enter one of your recovery codes instead.
          </p>
          <FormField name="code" label="Code" error={state.errors.code} required autoComplete="one-time-code" hint="Six digits, or a recovery code such as abcde-fghjk." />
        </>
      ) : (
        <>
          <FormField name="email" label="E-mail" type="email" defaultValue={state.values.email} error={state.errors.email} required autoComplete="username" />
          <FormField name="password" label="Password" type="password" error={state.errors.password} required autoComplete="current-password" />
        </>
      )}
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Signing in…' : state.step === 'code' ? 'Verify and sign in' : 'Sign in'}
        </button>
        {state.step === 'code' && (
          <>
            {' '}
            <Link href="/login">Start again</Link>
          </>
        )}
      </div>
    </form>
  );
}
