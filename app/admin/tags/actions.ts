'use server';

import { requireFormData } from '@/lib/forms/form-state';
import { moveTermAction, saveTermAction, type MoveFormState, type TermFormState } from '@/app/admin/_taxonomy/term-actions';

// Editors and admins only; each action checks that itself (app/admin/_taxonomy/term-actions.ts).

export async function saveTagAction(_previous: TermFormState, formData: FormData): Promise<TermFormState> {
  requireFormData(formData);
  return saveTermAction('tag', formData);
}

export async function mergeTagAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  requireFormData(formData);
  return moveTermAction('tag', 'merge', formData);
}

export async function deleteTagAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  requireFormData(formData);
  return moveTermAction('tag', 'delete', formData);
}
