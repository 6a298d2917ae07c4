import { describe, expect, it } from 'vitest';
import { formatSearchTerms, incompleteTerm, MAX_SEARCH_TERMS, parseSearchTerms } from '@/lib/data/tsquery';

const word = (text: string, negated = false) => ({ text, phrase: false, negated });
const phrase = (text: string, negated = false) => ({ text, phrase: true, negated });

describe('parseSearchTerms', () => {
  it('reads words, "phrases", -exclusions and or, as websearch_to_tsquery does', () => {
    expect(parseSearchTerms('rails "active record" -php or django')).toEqual([[word('rails'), phrase('active record'), word('php', true)], [word('django')]]);
    expect(parseSearchTerms('-"big ball of mud" -(php)')).toEqual([[phrase('big ball of mud', true), word('php)', true)]]);
  });

  it('reads any run of "-" as one exclusion, and ignores a dangling one', () => {
    expect(parseSearchTerms(`${'-'.repeat(40)}php`)).toEqual([[word('php', true)]]);
    expect(parseSearchTerms(`${'- '.repeat(40)}php`)).toEqual([[word('php', true)]]);
    expect(parseSearchTerms('rails -')).toEqual([[word('rails')]]);
  });

  it('ignores a leading, trailing or doubled or', () => {
    expect(parseSearchTerms('or rails or or django or')).toEqual([[word('rails')], [word('django')]]);
    expect(parseSearchTerms('OR')).toEqual([]);
  });

  it('leaves operator characters inside words to the text parser, and splits on NUL and control characters', () => {
    expect(parseSearchTerms('a<->b liveview:* \\x')).toEqual([[word('a<->b'), word('liveview:*'), word('\\x')]]);
    expect(parseSearchTerms('rails\u0000django "a\u0000b"')).toEqual([[word('rails'), word('django'), phrase('a b')]]);
  });

  it('reads an unterminated phrase to the end, and finds nothing in punctuation or empty quotes alone', () => {
    expect(parseSearchTerms('"active record')).toEqual([[phrase('active record')]]);
    expect(parseSearchTerms('&|!()')).toEqual([]);
    expect(parseSearchTerms('   ')).toEqual([]);
  });

  it(`bounds the work at ${MAX_SEARCH_TERMS} terms`, () => {
    expect(parseSearchTerms('a '.repeat(500)).flat()).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('the word still being typed', () => {
  it('is the last plain word of three or more letters', () => {
    expect(incompleteTerm(parseSearchTerms('spring boo'))?.text).toBe('boo');
    expect(incompleteTerm(parseSearchTerms('django or flas'))?.text).toBe('flas');
  });

  it('is none when the last term is short, a phrase, an exclusion or not a plain word', () => {
    for (const query of ['django go', 'django "rest framework"', 'django -flask', 'c++', 'node.js']) expect(incompleteTerm(parseSearchTerms(query)), query).toBeNull();
  });
});

describe('terms written back as a query', () => {
  it('round-trips phrases, exclusions and alternatives', () => {
    const query = 'django -"rest framework" or laravel';
    expect(formatSearchTerms(parseSearchTerms(query))).toBe(query);
  });
});
