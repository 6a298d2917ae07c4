'use client';

import { useActionState } from 'react';
import { FormField, htmlMaxLength } from '@/app/_components/form-field';
import { idleState } from '@/lib/forms/form-state';
import {
  addBlockedWordAction,
  eraseCommentsByEmailAction,
  moderateCommentsAction,
  type BlockedWordState,
  type CommentTextState,
  type ModerationState,
  type PrivacyState,
} from './actions';

function Notice({ status, message }: { status: string; message?: string }) {
  if (!message) return null;
  return status === 'error' ? (
    <p className="notice notice-error" role="alert">
      {message}
    </p>
  ) : (
    <p className="notice notice-success" role="status">
      {message}
    </p>
  );
}

/** The queue: the ticked comments (children), one button per bulk operation, and the last operation's result. */
export function BulkModerationForm({ operations, children }: { operations: Array<{ value: string; label: string }>; children: React.ReactNode }) {
  const [state, formAction, pending] = useActionState<ModerationState, FormData>(moderateCommentsAction, { status: 'idle' });
  return (
    <form action={formAction} aria-label="Moderate comments">
      <Notice status={state.status} message={state.message} />
      {operations.length > 0 && (
        <div className="moderation-toolbar" role="group" aria-label="With the ticked comments">
          {operations.map((operation) => (
            <button
              key={operation.value}
              type="submit"
              name="operation"
              value={operation.value}
              className={operation.value === 'delete' ? 'button button-danger' : 'button'}
              disabled={pending}
            >
              {operation.label}
            </button>
          ))}
        </div>
      )}
      {children}
    </form>
  );
}

/** Edit a comment's text, or write a staff reply: same rules as readers' comments. */
export function CommentTextForm({
  action,
  id,
  label,
  submitLabel,
  defaultBody = '',
}: {
  action: (state: CommentTextState, formData: FormData) => Promise<CommentTextState>;
  id: number;
  label: string;
  submitLabel: string;
  defaultBody?: string;
}) {
  const [state, formAction, pending] = useActionState<CommentTextState, FormData>(action, idleState());
  const fieldId = `comment-${id}-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <form action={formAction} className="form" aria-label={label}>
      <Notice status={state.status} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          id={fieldId}
          name="body"
          defaultValue={state.values.body ?? defaultBody}
          required
          maxLength={htmlMaxLength(5000)}
          aria-invalid={state.errors.body ? true : undefined}
          aria-describedby={state.errors.body ? `${fieldId}-error` : undefined}
        />
        {state.errors.body && (
          <p id={`${fieldId}-error`} className="field-error">
            {state.errors.body}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

export function BlockedWordForm() {
  const [state, formAction, pending] = useActionState<BlockedWordState, FormData>(addBlockedWordAction, idleState());
  return (
    <form action={formAction} className="form" aria-label="Add a blocked word">
      <Notice status={state.status} message={state.message} />
      <FormField name="word" label="Word or phrase" hint="Matched as a whole word, ignoring case." defaultValue={state.values.word} error={state.errors.word} required maxLength={100} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          Add to the list
        </button>
      </div>
    </form>
  );
}

export function EraseByEmailForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<PrivacyState, FormData>(eraseCommentsByEmailAction, idleState());
  return (
    <form action={formAction} className="form" aria-label="Erase every comment by this e-mail">
      <Notice status={state.status} message={state.message} />
      <input type="hidden" name="email" value={email} />
      <div className="field">
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> Yes, erase every comment made with {email}, in every status, for good.
        </label>
      </div>
      <div>
        <button type="submit" className="button button-danger" disabled={pending}>
          Erase all
        </button>
      </div>
    </form>
  );
}
