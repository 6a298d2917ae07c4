'use server';

import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { moveTermAction, saveTermAction, type MoveFormState, type TermFormState } from '@/app/admin/_taxonomy/term-actions';

// Editors and admins only, as every term action; the shared bodies are in app/admin/_taxonomy/term-actions.ts.
const EDITORS = ['admin', 'editor'] as const;

export const saveTagAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<TermFormState> => {
  return saveTermAction('tag', actor, formData);
});

export const mergeTagAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<MoveFormState> => {
  return moveTermAction('tag', 'merge', actor, formData);
});

export const deleteTagAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<MoveFormState> => {
  return moveTermAction('tag', 'delete', actor, formData);
});
