'use server';

import { randomBytes } from 'node:crypto';
import { refresh } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { seal } from '@/lib/auth/sealed';
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } from '@/lib/data/webhooks';
import { env } from '@/lib/env';
import { fieldErrors, type FormState } from '@/lib/forms/form-state';
import { literalPrivateHost } from '@/lib/outbox/private-addresses';
import { webhookEndpointSchema, type WebhookField } from '@/lib/validation/webhook';

/** The create form's answer; `secret` only once, on success: it is stored sealed and never shown again. */
export type CreateEndpointState = FormState<WebhookField> & { secret?: string; url?: string };

const PAGE = '/admin/webhooks';
const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The endpoint or delivery a button acts on, from its hidden `id`; anything else is a 404. */
function targetId(formData: FormData): number {
  const parsed = idSchema.safeParse(formData.get('id'));
  if (!parsed.success) notFound();
  return parsed.data;
}

export const createWebhookEndpointAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<CreateEndpointState> => {
  const url = formData.get('url');
  const events = formData.getAll('events').filter((value): value is string => typeof value === 'string');
  const values = { url: typeof url === 'string' ? url : '', events: events.join(',') };
  const parsed = webhookEndpointSchema.safeParse({ url: values.url, events });
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'Please correct the highlighted fields.' };
  const privateHost = env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS ? null : literalPrivateHost(new URL(parsed.data.url));
  if (privateHost) {
    const errors = { url: `${privateHost} is a private address; webhooks go to public addresses only (WEBHOOKS_ALLOW_PRIVATE_NETWORKS allows them).` };
    return { status: 'error', values, errors, message: 'Please correct the highlighted fields.' };
  }
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const endpoint = await createWebhookEndpoint({ ...parsed.data, sealedSecret: seal(secret) }, admin.id);
  refresh();
  return { status: 'success', values: {}, errors: {}, message: `Endpoint added. Copy its signing secret now: it is not shown again.`, secret, url: endpoint.url };
});

/** Every button's end: nothing to act on is a 404; otherwise the page again, saying what happened. */
function backToPage(found: unknown, done: string, hash = ''): never {
  if (!found) notFound();
  refresh();
  redirect(`${PAGE}?done=${done}${hash}`);
}

export const setWebhookEnabledAction = staffAction({ roles: ['admin'], input: FORM }, async (admin, formData): Promise<void> => {
  const enabled = formData.get('enabled') === 'true';
  backToPage(await setWebhookEndpointEnabled(targetId(formData), enabled, admin.id), enabled ? 'enabled' : 'disabled');
});

export const deleteWebhookEndpointAction = staffAction({ roles: ['admin'], input: FORM }, async (admin, formData): Promise<void> => {
  backToPage(await deleteWebhookEndpoint(targetId(formData), admin.id), 'deleted');
});

export const redeliverWebhookAction = staffAction({ roles: ['admin'], input: FORM }, async (admin, formData): Promise<void> => {
  backToPage(await redeliverWebhook(targetId(formData), admin.id), 'redelivered', '#deliveries');
});
