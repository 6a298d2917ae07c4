'use server';

import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { moveTermAction, saveTermAction, type MoveFormState, type TermFormState } from '@/app/admin/_taxonomy/term-actions';

// Editors and admins only, as every term action; the shared bodies are in app/admin/_taxonomy/term-actions.ts.
const EDITORS = ['admin', 'editor'] as const;

export const saveCategoryAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<TermFormState> => {
  return saveTermAction('category', actor, formData);
});

export const mergeCategoryAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<MoveFormState> => {
  return moveTermAction('category', 'merge', actor, formData);
});

export const deleteCategoryAction = staffAction({ roles: EDITORS, input: STATE_AND_FORM }, async (actor, _previous, formData): Promise<MoveFormState> => {
  return moveTermAction('category', 'delete', actor, formData);
});
