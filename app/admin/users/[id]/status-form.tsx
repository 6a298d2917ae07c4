'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { setUserDisabledAction, type StatusFormState } from '../actions';
import { FormNotice } from '../form-notice';

/** One button that disables an active account or re-enables a disabled one. */
export function StatusForm({ id, disabled }: { id: number; disabled: boolean }) {
  const [state, formAction, pending] = useActionState<StatusFormState, FormData>(setUserDisabledAction, idleState());
  return (
    <form action={formAction} className="form">
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <div>
        <button type="submit" className={disabled ? 'button' : 'button button-danger'} disabled={pending} aria-disabled={pending}>
          {disabled ? 'Enable account' : 'Disable account'}
        </button>
      </div>
    </form>
  );
}
