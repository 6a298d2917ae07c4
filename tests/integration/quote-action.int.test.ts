import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { submitQuoteRequest } from '@/app/(site)/quote/actions';
import { db } from '@/db/client';
import { idleState } from '@/lib/forms/form-state';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function storedQuotes() {
  return db.execute<{ name: string; email: string; company: string; message: string }>(sql`select name, email, company, message from quote_requests order by id`);
}

const valid = { name: 'Grace Hopper', email: 'grace@example.com', company: 'Navy', message: 'We would like a new website for our museum.' };

describe('submitQuoteRequest', () => {
  beforeEach(async () => {
    await db.execute(sql`truncate quote_requests`);
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
});
