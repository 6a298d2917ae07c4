'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { changeRoleAction, type RoleFormState } from '../actions';
import { FormNotice } from '../form-notice';
import { RoleField } from '../role-field';

export function RoleForm({ id, role }: { id: number; role: string }) {
  const [state, formAction, pending] = useActionState<RoleFormState, FormData>(changeRoleAction, idleState());
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <RoleField label="New role" defaultValue={state.values.role ?? role} error={state.errors.role} />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          Change role
        </button>
      </div>
    </form>
  );
}
