import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { submitQuoteRequest } from '@/app/(site)/quote/actions';
import { db } from '@/db/client';
import { QUOTE_RATE_LIMIT } from '@/lib/data/quotes';
import { idleState } from '@/lib/forms/form-state';
import { form } from '../support/action-calls';

// A Server Action outside a request: the client address is stubbed.
const request = vi.hoisted(() => ({ ip: '203.0.113.7' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));

async function storedQuotes() {
  return db.execute<{ name: string; email: string; company: string; message: string }>(sql`select name, email, company, message from quote_requests order by id`);
}

const valid = { name: 'Grace Hopper', email: 'grace@example.com', company: 'Navy', message: 'We would like a new website for our museum.' };

describe('submitQuoteRequest', () => {
  beforeEach(async () => {
    await db.execute(sql`truncate quote_requests, rate_limit_attempts`);
    request.ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  });

  it('stores a valid request exactly as typed and thanks the visitor', async () => {
    const state = await submitQuoteRequest(idleState(), form({ ...valid, message: 'Line one\nLine two — with “quotes” & <tags>' }));
    expect(state.status).toBe('success');
    expect(state.message).toContain('Thank you, Grace Hopper');
    expect(await storedQuotes()).toEqual([{ ...valid, message: 'Line one\nLine two — with “quotes” & <tags>' }]);
  });

  it('names each bad field, keeps what was typed, and stores nothing', async () => {
    const typed = { name: '', email: 'nope', company: 'Acme', message: 'hi' };
    const state = await submitQuoteRequest(idleState(), form(typed));
    expect(state.status).toBe('error');
    expect(state.values).toEqual(typed);
    expect(Object.keys(state.errors).sort()).toEqual(['email', 'message', 'name']);
    expect(await storedQuotes()).toEqual([]);
  });

  // Lone surrogates cannot arrive through FormData (it converts them to
  // U+FFFD); the schema's own refusal is covered in validation.unit.test.ts.
  it('refuses a NUL byte, which PostgreSQL cannot store, with a message on the field', async () => {
    const state = await submitQuoteRequest(idleState(), form({ ...valid, message: 'Hello\u0000 there, a long enough message' }));
    expect(state.errors.message).toBe('Message contains a NUL character, which cannot be stored.');
    expect(await storedQuotes()).toEqual([]);
  });

  it('pretends to accept a bot that fills the hidden field, and stores nothing', async () => {
    const state = await submitQuoteRequest(idleState(), form({ ...valid, website: 'https://spam.example' }));
    expect(state.status).toBe('success');
    expect(await storedQuotes()).toEqual([]);
  });

  describe('rate limits', () => {
    const LIMITED = /several requests from you in the last hour/;

    it('lets exactly the per-IP limit through a parallel burst, and keeps the text of the refused ones', async () => {
      const burst = Array.from({ length: 12 }, (_, i) => ({ ...valid, email: `scanner-${i}@example.com` }));
      const states = await Promise.all(burst.map((fields) => submitQuoteRequest(idleState(), form(fields))));
      expect(states.filter((state) => state.status === 'success')).toHaveLength(QUOTE_RATE_LIMIT.perIp);
      const refused = states.filter((state) => state.status === 'error');
      expect(refused).toHaveLength(12 - QUOTE_RATE_LIMIT.perIp);
      for (const state of refused) expect(state).toMatchObject({ message: expect.stringMatching(LIMITED), values: { message: valid.message } });
      expect(await storedQuotes()).toHaveLength(QUOTE_RATE_LIMIT.perIp);
    });

    it('limits one e-mail address across connections, whatever its case', async () => {
      for (let i = 0; i < QUOTE_RATE_LIMIT.perEmail; i++) {
        request.ip = `198.51.100.${i + 1}`;
        expect(await submitQuoteRequest(idleState(), form({ ...valid, email: i % 2 ? 'Grace@Example.com' : 'grace@example.com' }))).toMatchObject({ status: 'success' });
      }
      request.ip = '198.51.100.99';
      expect(await submitQuoteRequest(idleState(), form(valid))).toMatchObject({ status: 'error', message: expect.stringMatching(LIMITED) });
      expect(await storedQuotes()).toHaveLength(QUOTE_RATE_LIMIT.perEmail);
    });

    it('does not count refused input against the limit', async () => {
      for (let i = 0; i < 10; i++) await submitQuoteRequest(idleState(), form({ ...valid, message: 'short' }));
      expect(await submitQuoteRequest(idleState(), form(valid))).toMatchObject({ status: 'success' });
    });
  });
});
