import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/forms/form-state';
import { quoteRequestSchema } from '@/lib/validation/quote';
import { parseSearchQuery } from '@/lib/validation/search';
import { storableText } from '@/lib/validation/text';

const valid = { name: 'Ada Lovelace', email: 'ada@example.com', company: '', message: 'We need a new marketing site by spring.' };

function errorsFor(input: Record<string, string>) {
  const result = quoteRequestSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('storableText', () => {
  const schema = storableText('Comment', { min: 1, max: 5 });

  it('refuses NUL bytes, which PostgreSQL cannot store', () => {
    expect(schema.safeParse('a\u0000b').error?.issues[0]?.message).toBe('Comment contains a NUL character, which cannot be stored.');
  });

  it('refuses lone surrogates, which PostgreSQL would silently replace', () => {
    expect(schema.safeParse('a\uD800b').error?.issues[0]?.message).toBe('Comment contains invalid Unicode (a lone surrogate).');
    expect(schema.safeParse('a\uDC00').success).toBe(false);
  });

  it('accepts real astral characters and counts them as one character each', () => {
    expect(schema.safeParse('😀😀😀😀😀').success).toBe(true);
    expect(schema.safeParse('😀😀😀😀😀😀').success).toBe(false);
  });

  it('treats whitespace-only text as missing', () => {
    expect(schema.safeParse('   \n ').error?.issues[0]?.message).toBe('Comment is required.');
  });
});

describe('quoteRequestSchema', () => {
  it('accepts a complete request', () => {
    expect(quoteRequestSchema.safeParse(valid).success).toBe(true);
  });

  it('names every field that is wrong', () => {
    expect(errorsFor({ name: '', email: 'not-an-email', company: '', message: 'short' })).toEqual({
      name: 'Name is required.',
      email: 'E-mail must be a valid e-mail address, like name@example.com.',
      message: 'Message must be at least 10 characters.',
    });
  });

  it('enforces the maximum lengths', () => {
    expect(errorsFor({ ...valid, name: 'x'.repeat(101) }).name).toBe('Name must be at most 100 characters (it has 101).');
    expect(errorsFor({ ...valid, message: 'x'.repeat(5001) }).message).toBe('Message must be at most 5,000 characters (it has 5,001).');
  });
});

describe('parseSearchQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(parseSearchQuery('  live   view ')).toEqual({ query: 'live view', error: null });
  });

  it('treats a missing or repeated parameter sensibly', () => {
    expect(parseSearchQuery(undefined)).toEqual({ query: '', error: null });
    expect(parseSearchQuery(['django', 'flask'])).toEqual({ query: 'django', error: null });
  });

  it('reports an over-long query instead of searching', () => {
    expect(parseSearchQuery('x'.repeat(201)).error).toBe('Search must be at most 200 characters (it has 201).');
  });
});
