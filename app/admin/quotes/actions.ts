'use server';

import { requireFormData } from '@/lib/forms/form-state';
import { refresh } from 'next/cache';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { setQuoteHandled } from '@/lib/data/quotes';

/** Editors and admins mark a reader's quote request handled, or open again. */
export async function setQuoteHandledAction(formData: FormData): Promise<void> {
  requireFormData(formData);
  await requireRole('admin', 'editor');
  const id = Number(formData.get('id'));
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await setQuoteHandled(id, formData.get('handled') === 'true');
  if (!found) notFound();
  // Admin pages are not cached; the list only needs the client to re-fetch it.
  refresh();
}
