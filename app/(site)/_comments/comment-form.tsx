'use client';

import { useActionState, useState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { HoneypotField } from '@/app/_components/honeypot-field';
import { idleState } from '@/lib/forms/form-state';
import { commentTokenUrl } from '@/lib/comments/paths';
import { postComment } from './actions';
import type { CommentFormState } from './form-state';

interface Props {
  kind: 'post' | 'framework';
  slug: string;
  /** The comment this replies to, if any. */
  parentId?: number;
  /** Where the form posts without JavaScript, so the reader lands back at the form. */
  permalink: string;
}

/**
 * Posts to a Server Action, so it works without JavaScript (the page comes
 * back with the result, or goes to the comment once it is published). Reader
 * pages carry no React runtime (decision 012): `public/reader-forms.js`
 * enhances the form there (no reload, pending state, the token fetched at
 * first focus), and this component's own handlers serve where it does run
 * in React. The signed "form started" token comes from /api/comment-token,
 * because the page around the form is cached.
 */
export function CommentForm({ kind, slug, parentId, permalink }: Props) {
  const [state, formAction, pending] = useActionState<CommentFormState, FormData>(postComment, idleState(), permalink);
  const [startedToken, setStartedToken] = useState<string | null>(null);
  const token = state.token ?? startedToken ?? '';
  const { values, errors } = state;

  async function onFirstFocus() {
    if (token || startedToken !== null) return;
    setStartedToken('');
    const response = await fetch(commentTokenUrl(kind, slug)).catch(() => null);
    const body = response?.ok ? ((await response.json()) as { token?: string }) : {};
    setStartedToken(body.token ?? '');
  }

  return (
    <form
      action={formAction}
      id="comment-form"
      className="form comment-form"
      noValidate
      onFocus={onFirstFocus}
      aria-labelledby="comment-form-heading"
      data-enhance="comment"
      data-token-url={commentTokenUrl(kind, slug)}
      data-location={state.location}
    >
      {state.status === 'success' && (
        <p className="notice notice-success" role="status" id={state.commentId ? `comment-${state.commentId}` : undefined}>
          {state.message}
        </p>
      )}
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="parentId" value={parentId ?? ''} />
      <input type="hidden" name="token" value={token} />
      <FormField
        name="body"
        label="Comment"
        hint="Plain text; Markdown basics work: *emphasis*, `code`, code blocks between ``` lines, and links. No HTML. Up to 5,000 characters."
        defaultValue={values.body}
        error={errors.body}
        multiline
        required
        maxLength={5000}
      />
      <FormField name="name" label="Name" defaultValue={values.name} error={errors.name} required maxLength={100} autoComplete="name" />
      <FormField
        name="email"
        label="E-mail"
        hint="Never shown. Once a comment of yours is approved, your next ones appear at once."
        type="email"
        defaultValue={values.email}
        error={errors.email}
        required
        maxLength={254}
        autoComplete="email"
      />
      <HoneypotField />
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending} data-pending-label="Posting…">
          {pending ? 'Posting…' : 'Post comment'}
        </button>
      </div>
    </form>
  );
}
