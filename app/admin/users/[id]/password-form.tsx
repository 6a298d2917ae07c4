'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/user';
import { resetPasswordAction, type PasswordFormState } from '../actions';
import { FormNotice } from '../form-notice';

/** The admin types the new password; it is never sent back into the page. */
export function PasswordForm({ id }: { id: number }) {
  const [state, formAction, pending] = useActionState<PasswordFormState, FormData>(resetPasswordAction, idleState());
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField
        name="password"
        label="New password"
        type="password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={state.errors.password}
        required
        autoComplete="new-password"
      />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          Set new password
        </button>
      </div>
    </form>
  );
}
