'use server';

import { requireFormData } from '@/lib/forms/form-state';
import { moveTermAction, saveTermAction, type MoveFormState, type TermFormState } from '@/app/admin/_taxonomy/term-actions';

// Editors and admins only; each action checks that itself (app/admin/_taxonomy/term-actions.ts).

export async function saveCategoryAction(_previous: TermFormState, formData: FormData): Promise<TermFormState> {
  requireFormData(formData);
  return saveTermAction('category', formData);
}

export async function mergeCategoryAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  requireFormData(formData);
  return moveTermAction('category', 'merge', formData);
}

export async function deleteCategoryAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  requireFormData(formData);
  return moveTermAction('category', 'delete', formData);
}
