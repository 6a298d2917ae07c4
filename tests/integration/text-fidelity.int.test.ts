import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { idleState } from '@/lib/forms/form-state';
import { form } from '../support/action-calls';

// Public actions outside a request: the client address and cache invalidation are stubbed.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` }) }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn() }));

const { submitQuoteRequest } = await import('@/app/(site)/quote/actions');
const { postComment } = await import('@/app/(site)/_comments/actions');
const { issueFormToken } = await import('@/lib/comments/form-token');

const SLUG = 'design-systems-for-small-teams';
const quote = { name: 'Grace Hopper', email: 'grace@example.com', company: 'Navy', message: 'We would like a new website for our museum.' };
const comment = { kind: 'post', slug: SLUG, parentId: '', website: '', name: 'Ada', email: 'ada@example.com', body: 'A thoughtful comment.' };

/**
 * A form posted without JavaScript, decoded the way Next decodes it (the
 * platform's multipart parser), with raw bytes for one field: how bytes that
 * are not valid UTF-8 reach an action.
 */
async function multipart(fields: Record<string, string>, rawField: string, rawBytes: Buffer): Promise<FormData> {
  const boundary = 'fidelity-boundary';
  const part = (name: string, value: Buffer) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), value, Buffer.from('\r\n')]);
  const body = Buffer.concat([
    ...Object.entries(fields)
      .filter(([name]) => name !== rawField)
      .map(([name, value]) => part(name, Buffer.from(value))),
    part(rawField, rawBytes),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return new Request('http://localhost', { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body }).formData();
}

const storedQuotes = () => db.execute<{ name: string; message: string }>(sql`select name, message from quote_requests order by id`);
const storedComments = () => db.execute<{ author_name: string; body: string }>(sql`select author_name, body from comments order by id`);
const postCommentWith = (fields: Partial<typeof comment>) =>
  postComment(idleState(), form({ ...comment, token: issueFormToken(`post:${SLUG}`, Date.now() - 10_000), ...fields }));

beforeEach(async () => {
  await db.execute(sql`truncate quote_requests, comments, rate_limit_attempts restart identity`);
});

describe('text reaches the database as typed, or is refused with a message', () => {
  it('refuses bytes that are not valid UTF-8 in a posted quote, naming the field and keeping the rest', async () => {
    const data = await multipart(quote, 'message', Buffer.concat([Buffer.from('Our budget is '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' euros, roughly.')]));
    const state = await submitQuoteRequest(idleState(), data);
    expect(state.errors).toEqual({ message: 'Message contains bytes that are not valid UTF-8 (shown as �). Retype or remove that part.' });
    expect(state.values).toMatchObject({ name: quote.name, company: quote.company });
    expect(await storedQuotes()).toEqual([]);
  });

  it('refuses spaces around a quote name instead of trimming them, and keeps the text in the form', async () => {
    const state = await submitQuoteRequest(idleState(), form({ ...quote, name: ' Grace Hopper ' }));
    expect(state).toMatchObject({ status: 'error', values: { name: ' Grace Hopper ' }, errors: { name: 'Name must not start or end with a space.' } });
    expect(await storedQuotes()).toEqual([]);
  });

  it('stores a quote message with surrounding blank lines exactly', async () => {
    const message = '\n  We would like a new website.\n\n';
    expect(await submitQuoteRequest(idleState(), form({ ...quote, message }))).toMatchObject({ status: 'success' });
    expect(await storedQuotes()).toEqual([{ name: quote.name, message }]);
  });

  it('takes a 5,000-emoji comment and stores it exactly', async () => {
    const body = '🦄'.repeat(5000);
    expect(await postCommentWith({ body })).toMatchObject({ status: 'success' });
    expect(await storedComments()).toEqual([{ author_name: 'Ada', body }]);
  });

  it('keeps a leading byte-order mark in a comment', async () => {
    const body = '\uFEFFA comment pasted from a file.';
    expect(await postCommentWith({ body })).toMatchObject({ status: 'success' });
    expect((await storedComments())[0]?.body).toBe(body);
  });

  it('refuses a comment or a name of only zero-width spaces as empty', async () => {
    const state = await postCommentWith({ name: '\u200B\u200B', body: '\u200B\u200C\u200D' });
    expect(state).toMatchObject({ status: 'error', errors: { name: 'Name is required.', body: 'Comment is required.' } });
    expect(await storedComments()).toEqual([]);
  });
});
