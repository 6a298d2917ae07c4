'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { FormNotice } from '@/app/admin/users/form-notice';
import { MAX_BIO_LENGTH } from '@/lib/validation/profile';
import { saveProfileAction, type ProfileFormState } from './actions';

interface Props {
  saved: { name: string; bio: string; avatarMediaId: number | null };
  /** Library images this person may use: their own uploads, or all of them for editors. */
  choices: Array<{ id: number; fileName: string }>;
}

/** Works without JavaScript: the page comes back with the message, and what was typed stays in the form. */
export function ProfileForm({ saved, choices }: Props) {
  const [state, formAction, pending] = useActionState<ProfileFormState, FormData>(saveProfileAction, {
    status: 'idle',
    values: { name: saved.name, bio: saved.bio, avatarMediaId: saved.avatarMediaId === null ? '' : String(saved.avatarMediaId) },
    errors: {},
  });
  const { values, errors } = state;
  const avatarError = errors.avatarMediaId;
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <FormField name="name" label="Name" hint="Shown on your posts' bylines and your author page." defaultValue={values.name} error={errors.name} required maxLength={100} autoComplete="name" />
      <FormField name="bio" label="Bio" hint={`A few sentences for your author page and under your posts; plain text, at most ${MAX_BIO_LENGTH} characters.`} defaultValue={values.bio} error={errors.bio} multiline maxLength={MAX_BIO_LENGTH} />
      <div className="field">
        <label htmlFor="field-avatarMediaId">Portrait</label>
        <span id="field-avatarMediaId-hint" className="field-hint">
          An image from the media library, shown in a circle. Without one, your initials stand in.
        </span>
        <select
          id="field-avatarMediaId"
          name="avatarMediaId"
          defaultValue={values.avatarMediaId ?? ''}
          aria-invalid={avatarError ? true : undefined}
          aria-describedby={avatarError ? 'field-avatarMediaId-hint field-avatarMediaId-error' : 'field-avatarMediaId-hint'}
        >
          <option value="">None: show my initials</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.fileName}
            </option>
          ))}
        </select>
        {avatarError && (
          <p id="field-avatarMediaId-error" className="field-error">
            {avatarError}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
