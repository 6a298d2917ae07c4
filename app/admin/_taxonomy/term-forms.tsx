'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { FormNotice } from '@/app/admin/users/form-notice';
import { idleState } from '@/lib/forms/form-state';
import type { MoveFormState, TermFormState } from './term-actions';

type Action<State> = (previous: State, formData: FormData) => Promise<State>;

interface TermValues {
  id: number;
  name: string;
  slug: string;
  description: string;
}

/**
 * Name, slug and description: a new term's (no `term`) or an existing one's. Works without
 * JavaScript: the action redirects on success, or the page comes back with the errors and
 * everything typed.
 */
export function TermDetailsForm({ action, term, noun }: { action: Action<TermFormState>; term?: TermValues; noun: string }) {
  const [state, formAction, pending] = useActionState(action, idleState<'name' | 'slug' | 'description'>());
  const values = state.status === 'idle' ? (term ?? {}) : state.values;
  const label = term ? 'Save' : `Create ${noun}`;
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      {term && <input type="hidden" name="id" value={term.id} />}
      <FormField name="name" label="Name" defaultValue={values.name} error={state.errors.name} required maxLength={noun === 'tag' ? 50 : 100} autoComplete="off" />
      <FormField
        name="slug"
        label="Slug"
        hint={term ? 'Its address. The old address keeps working: it redirects here.' : 'Its address; leave empty to make it from the name.'}
        defaultValue={values.slug}
        error={state.errors.slug}
        maxLength={80}
        autoComplete="off"
      />
      <FormField name="description" label="Description" multiline defaultValue={values.description} error={state.errors.description} maxLength={500} />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : label}
        </button>
      </div>
    </form>
  );
}

interface MoveFormProps {
  action: Action<MoveFormState>;
  id: number;
  mode: 'merge' | 'delete';
  noun: string;
  choices: Array<{ id: number; name: string }>;
  /** A tag may be deleted without a replacement: it is then just removed from its posts. */
  optionalTarget: boolean;
  confirmText: string;
}

/** Merge into another term, or delete moving the posts: a destructive button behind a box to tick, which needs no script. */
export function MoveForm({ action, id, mode, noun, choices, optionalTarget, confirmText }: MoveFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState<'targetId' | 'confirm'>());
  const fieldId = (name: string) => `${mode}-${name}`;
  const described = (name: 'targetId' | 'confirm') => (state.errors[name] ? `${fieldId(name)}-error` : undefined);
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={fieldId('targetId')}>{mode === 'merge' ? `Merge into` : `Move its posts to`}</label>
        {/* Keyed by the choice sent: React applies a select's defaultValue only when it mounts, and resets the form after each action. */}
        <select key={state.values.targetId ?? ''} id={fieldId('targetId')} name="targetId" defaultValue={state.values.targetId ?? ''} aria-invalid={state.errors.targetId ? true : undefined} aria-describedby={described('targetId')}>
          <option value="">{optionalTarget ? `No ${noun}: just remove it from its posts` : `Choose a ${noun}`}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
        <FieldError id={fieldId('targetId')} error={state.errors.targetId} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="confirm" value="yes" defaultChecked={state.values.confirm === 'yes'} aria-invalid={state.errors.confirm ? true : undefined} aria-describedby={described('confirm')} />{' '}
          {confirmText}
        </label>
        <FieldError id={fieldId('confirm')} error={state.errors.confirm} />
      </div>
      <div>
        <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
          {pending ? 'Working…' : mode === 'merge' ? `Merge ${noun}` : `Delete ${noun}`}
        </button>
      </div>
    </form>
  );
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}
