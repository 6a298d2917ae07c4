import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listModerationQueue } from '@/lib/data/comment-moderation';
import { listAdminPosts } from '@/lib/data/post-admin-list';
import { searchContent } from '@/lib/data/search';
import { createPost } from '../factories/posts';

const titles = (hits: Array<{ title: string }>) => hits.map((hit) => hit.title).sort();
const adminSearch = (query: string) => listAdminPosts({ query, page: 1 });

beforeAll(async () => {
  await createPost({ title: 'Quokka gardens in spring', body: 'Quokka habits and gardens.' });
  await createPost({ title: 'Quokka xylophones', body: 'Quokka tunes on xylophones.' });
  await createPost({ title: 'Wombat gardens', body: 'Wombat burrows in the gardens.' });
});

/** Every construct of the tsquery and websearch syntaxes, alone and in hostile runs. */
const HOSTILE = [
  `${'-'.repeat(35)}quokka`,
  `${'- '.repeat(40)}quokka`,
  `${'-'.repeat(199)}q`,
  `quokka ${'-'.repeat(60)}`,
  `${'or -'.repeat(40)}quokka`,
  `${'-"'.repeat(60)}quokka`,
  `${'!'.repeat(100)}quokka`,
  `${'('.repeat(100)}quokka${')'.repeat(90)}`,
  'quokka <-> gardens',
  'quokka <2> gardens',
  'quok:*',
  'quokka:A',
  'quokka & gardens | !wombat',
  "'quokka'",
  'quokka\\ gardens \\',
  '\\\\\\',
  'quokka\u0000gardens',
  '\u0000',
  'quokka \uD800 \uDFFF',
  '"unterminated quokka',
  '""',
  'or or or',
  '-',
  '"-" - -""',
  `${'a '.repeat(100)}`,
  `${'"a b" '.repeat(40)}`,
  'x'.repeat(5000),
  `${'quokka '.repeat(2000)}`,
];

describe('search with hostile input', () => {
  it.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 60), query]))('the public search answers %s', async (_label, query) => {
    await expect(searchContent(query)).resolves.toBeInstanceOf(Array);
  });

  it.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 60), query]))('the admin post list answers %s', async (_label, query) => {
    await expect(adminSearch(query)).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 60), query]))('the moderation queue search answers %s', async (_label, query) => {
    await expect(listModerationQueue({ status: 'pending', search: query })).resolves.toMatchObject({ items: [] });
  });

  it('answers any mix of operator characters and words', async () => {
    const alphabet = fc.constantFrom('-', ' ', '"', '!', '&', '|', '(', ')', '<', '>', ':', '*', '\\', "'", 'or', 'quokka', 'the', '\u0000', '\uD83D\uDE00');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 120 }), async (parts) => {
        await searchContent(parts.join(''));
      }),
      { numRuns: 150 },
    );
  });
});

describe('search syntax', () => {
  it('keeps words, "phrases", -exclusions and or', async () => {
    expect(titles(await searchContent('quokka'))).toEqual(['Quokka gardens in spring', 'Quokka xylophones']);
    expect(titles(await searchContent('quokka -xylophones'))).toEqual(['Quokka gardens in spring']);
    expect(titles(await searchContent('quokka -"xylophones"'))).toEqual(['Quokka gardens in spring']);
    expect(titles(await searchContent('"quokka gardens"'))).toEqual(['Quokka gardens in spring']);
    expect(titles(await searchContent('xylophones or wombat'))).toEqual(['Quokka xylophones', 'Wombat gardens']);
    expect(titles(await searchContent('quokka spring or wombat'))).toEqual(['Quokka gardens in spring', 'Wombat gardens']);
  });

  it('reads a long run of exclusions as one exclusion', async () => {
    expect(titles(await searchContent(`quokka ${'-'.repeat(40)}xylophones`))).toEqual(['Quokka gardens in spring']);
  });

  it('finds nothing, without error, for stop words or punctuation only', async () => {
    expect(await searchContent('the and of')).toEqual([]);
    expect(await searchContent('& | ! ( )')).toEqual([]);
  });

  it('applies the same syntax to the admin post search', async () => {
    const { items } = await adminSearch('quokka -xylophones');
    expect(items.map((item) => item.title)).toEqual(['Quokka gardens in spring']);
  });
});
