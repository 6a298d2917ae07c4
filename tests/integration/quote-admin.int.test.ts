import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createTestUser } from '../factories/users';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
// refresh() tells the browser to re-fetch the page and needs a real action request; the e2e test covers that.
const refresh = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), refresh }));
// The app enables this in next.config.mjs (experimental.authInterrupts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { setQuoteHandledAction } = await import('@/app/admin/quotes/actions');
const { listQuoteRequests } = await import('@/lib/data/quotes');

async function seedQuote(): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`
    insert into quote_requests (name, email, message) values ('Reader', 'reader@example.com', 'Please quote a website.') returning id`);
  return row!.id;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const handledAt = async (id: number) => (await db.execute<{ handled_at: string | null }>(sql`select handled_at from quote_requests where id = ${id}`))[0]?.handled_at ?? null;

describe('setQuoteHandledAction', () => {
  beforeEach(() => {
    session.current = null;
    refresh.mockClear();
  });

  it('sends a visitor without a session to sign in, and changes nothing', async () => {
    const id = await seedQuote();
    await expect(setQuoteHandledAction(form({ id: String(id), handled: 'true' }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) });
    expect(await handledAt(id)).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refuses an author (403), and changes nothing', async () => {
    const id = await seedQuote();
    const author = await createTestUser({ role: 'author' });
    session.current = await sessionFor(author);
    await expect(setQuoteHandledAction(form({ id: String(id), handled: 'true' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    expect(await handledAt(id)).toBeNull();
  });

  it('refuses a disabled editor whose session is still valid', async () => {
    const id = await seedQuote();
    const editor = await createTestUser({ role: 'editor', disabled: true });
    session.current = await sessionFor(editor);
    await expect(setQuoteHandledAction(form({ id: String(id), handled: 'true' }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    expect(await handledAt(id)).toBeNull();
  });

  it('lets an editor mark a request handled and reopen it', async () => {
    const id = await seedQuote();
    const editor = await createTestUser({ role: 'editor' });
    session.current = await sessionFor(editor);
    await setQuoteHandledAction(form({ id: String(id), handled: 'true' }));
    expect(await handledAt(id)).not.toBeNull();
    expect(refresh).toHaveBeenCalledOnce();
    expect((await listQuoteRequests('handled')).items.map((quote) => quote.id)).toContain(id);
    await setQuoteHandledAction(form({ id: String(id), handled: 'false' }));
    expect(await handledAt(id)).toBeNull();
  });

  it('answers 404 for a request that does not exist or an id that is not one', async () => {
    const admin = await createTestUser({ role: 'admin' });
    session.current = await sessionFor(admin);
    for (const id of ['999999', 'abc', '-1', '']) {
      await expect(setQuoteHandledAction(form({ id, handled: 'true' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
  });
});
