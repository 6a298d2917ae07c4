import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { unseal } from '@/lib/auth/sealed';
import { FORBIDDEN, form, idle } from '../support/action-calls';
import { signerInto } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { createWebhookEndpointAction, deleteWebhookEndpointAction, setWebhookEnabledAction } = await import('@/app/admin/webhooks/actions');
const signInAs = signerInto(session);

const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

describe('the webhook endpoint form', () => {
  it('refuses a URL that is not http(s), or a private address, naming the field and keeping what was typed', async () => {
    await signInAs('admin');
    for (const [url, message] of [
      ['ftp://example.com/hook', /must start with http/],
      ['not a url', /full URL/],
      ['https://user:pw@example.com/hook', /user name and password/],
      ['http://169.254.169.254/latest', /169\.254\.169\.254 is a private address/],
      ['http://[::1]:8080/hook', /::1 is a private address/],
    ] as const) {
      const state = await createWebhookEndpointAction(idle, form({ url, events: ['post.published', 'comment.approved'] }));
      expect(state).toMatchObject({ status: 'error', values: { url, events: 'post.published,comment.approved' }, errors: { url: expect.stringMatching(message) } });
    }
    const noEvents = await createWebhookEndpointAction(idle, form({ url: 'https://example.com/hook' }));
    expect(noEvents).toMatchObject({ status: 'error', errors: { events: 'Choose at least one event.' } });
    const unknown = await createWebhookEndpointAction(idle, form({ url: 'https://example.com/hook', events: ['post.exploded'] }));
    expect(unknown).toMatchObject({ status: 'error', errors: { events: expect.stringContaining('post.exploded') } });
    const [count] = await db.execute<{ n: number }>(sql`select count(*)::int as n from webhook_endpoints`);
    expect(count!.n).toBe(0);
  });

  it('answers the secret once and stores it sealed; disable and delete are audited', async () => {
    await signInAs('admin');
    const state = await createWebhookEndpointAction(idle, form({ url: 'https://example.com/hook', events: ['post.published'] }));
    expect(state).toMatchObject({ status: 'success', secret: expect.stringMatching(/^whsec_[\w-]{43}$/) });
    const [row] = await db.execute<{ id: number; sealed_secret: string; events: string[] }>(sql`select id, sealed_secret, events from webhook_endpoints`);
    expect(row!.sealed_secret).not.toContain(state.secret);
    expect(unseal(row!.sealed_secret)).toBe(state.secret);
    expect(row!.events).toEqual(['post.published']);
    await expect(setWebhookEnabledAction(form({ id: row!.id, enabled: 'false' }))).rejects.toMatchObject(redirectTo('/admin/webhooks?done=disabled'));
    await expect(deleteWebhookEndpointAction(form({ id: row!.id }))).rejects.toMatchObject(redirectTo('/admin/webhooks?done=deleted'));
    await expect(deleteWebhookEndpointAction(form({ id: row!.id }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    const audit = await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'webhook' order by id`);
    expect(audit.map((entry) => entry.action)).toEqual(['webhook.create', 'webhook.disable', 'webhook.delete']);
  });

  it('is refused to an editor', async () => {
    await signInAs('editor');
    await expect(createWebhookEndpointAction(idle, form({ url: 'https://example.com/hook', events: ['post.published'] }))).rejects.toMatchObject(FORBIDDEN);
  });
});
