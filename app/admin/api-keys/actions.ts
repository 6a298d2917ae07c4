'use server';

import { refresh } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { invalidateApiKeys } from '@/lib/cache/invalidate';
import { createApiKey, revokeApiKey } from '@/lib/data/api-keys';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { apiKeyIdSchema, apiKeySchema } from '@/lib/validation/api-key';

/** On success, the key itself: shown in this one answer and never again (only its hash is kept). */
export type CreateApiKeyState = FormState<'name'> & { key?: string };

export const createApiKeyAction = staffAction(
  { roles: ['admin'], input: STATE_AND_FORM, unavailable: (message, [, formData]): CreateApiKeyState => ({ status: 'error', values: readFields(formData, ['name']), errors: {}, message }) },
  async (admin, _previous, formData): Promise<CreateApiKeyState> => {
    const values = readFields(formData, ['name'] as const);
    const parsed = apiKeySchema.safeParse(values);
    if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'Please correct the highlighted field.' };
    const { key } = await createApiKey(parsed.data.name, admin.id);
    invalidateApiKeys();
    refresh();
    return { status: 'success', values: {}, errors: {}, message: `Key “${parsed.data.name}” made.`, key };
  },
);

export const revokeApiKeyAction = staffAction({ roles: ['admin'], input: FORM }, async (admin, formData): Promise<void> => {
  const id = apiKeyIdSchema.safeParse(formData.get('id'));
  if (!id.success) notFound();
  const revoked = await revokeApiKey(id.data, admin.id);
  invalidateApiKeys();
  redirect(`/admin/api-keys?${revoked ? 'revoked' : 'already-revoked'}=${id.data}`);
});
