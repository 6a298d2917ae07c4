'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/user';
import { createUserAction, type CreateUserState } from '../actions';
import { FormNotice } from '../form-notice';
import { RoleField } from '../role-field';

/** Works without JavaScript: the action redirects to the new account, or the page comes back with the errors. */
export function CreateUserForm() {
  const [state, formAction, pending] = useActionState<CreateUserState, FormData>(createUserAction, idleState());
  const { values, errors } = state;
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <FormField name="name" label="Name" defaultValue={values.name} error={errors.name} required maxLength={100} autoComplete="off" />
      <FormField name="email" label="E-mail" type="email" defaultValue={values.email} error={errors.email} required maxLength={254} autoComplete="off" />
      <RoleField defaultValue={values.role} error={errors.role} />
      <FormField
        name="password"
        label="Password"
        type="password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to the person over a secure channel.`}
        error={errors.password}
        required
        autoComplete="new-password"
      />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}
