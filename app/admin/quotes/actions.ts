'use server';

import { refresh } from 'next/cache';
import { notFound } from 'next/navigation';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { setQuoteHandled } from '@/lib/data/quotes';

/** Editors and admins mark a reader's quote request handled, or open again. */
export const setQuoteHandledAction = staffAction({ roles: ['admin', 'editor'], input: FORM }, async (_user, formData): Promise<void> => {
  const id = Number(formData.get('id'));
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await setQuoteHandled(id, formData.get('handled') === 'true');
  if (!found) notFound();
  // Admin pages are not cached; the list only needs the client to re-fetch it.
  refresh();
});
