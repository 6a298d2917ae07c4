'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { FormNotice } from '@/app/admin/users/form-notice';
import { idleState } from '@/lib/forms/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/user';
import { changePasswordAction, type PasswordChangeState } from './actions';

/** Works without JavaScript; on success the action signs you in again and reloads the page. */
export function PasswordChangeForm() {
  const [state, formAction, pending] = useActionState<PasswordChangeState, FormData>(changePasswordAction, idleState());
  const { errors } = state;
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <FormField name="currentPassword" label="Current password" type="password" error={errors.currentPassword} required autoComplete="current-password" />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Every other place you are signed in is signed out.`}
        error={errors.newPassword}
        required
        autoComplete="new-password"
      />
      <FormField name="repeatPassword" label="New password again" type="password" error={errors.repeatPassword} required autoComplete="new-password" />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
