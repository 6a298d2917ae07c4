'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { LibraryImageField } from '@/app/admin/_components/library-image-field';
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
  return (
    <form action={formAction} className="form" noValidate>
      <FormNotice state={state} />
      <FormField name="name" label="Name" hint="Shown on your posts' bylines and your author page." defaultValue={values.name} error={errors.name} required maxLength={100} autoComplete="name" />
      <FormField name="bio" label="Bio" hint={`A few sentences for your author page and under your posts; plain text, at most ${MAX_BIO_LENGTH} characters.`} defaultValue={values.bio} error={errors.bio} multiline maxLength={MAX_BIO_LENGTH} />
      <LibraryImageField
        name="avatarMediaId"
        label="Portrait"
        hint="An image from the media library, shown in a circle. Without one, your initials stand in."
        noneLabel="None: show my initials"
        defaultValue={values.avatarMediaId ?? ''}
        error={errors.avatarMediaId}
        choices={choices}
      />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
