import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createPost } from '@/lib/data/post-editing';
import { HIGHLIGHT_END, HIGHLIGHT_START, searchContent, searchWithCorrection } from '@/lib/data/search';

async function authorAndCategory() {
  const [row] = await db.execute<{ author: number; category: number }>(sql`select (select id from users limit 1) as author, (select id from categories where slug = 'design') as category`);
  return row!;
}

/** Saves a post the way the editor does (lib/data's save), so its words are learnt as on a real save. */
async function savePost(title: string, body: string, status: 'published' | 'draft' = 'published') {
  const { author, category } = await authorAndCategory();
  const outcome = await createPost({ title, slug: title.toLowerCase().replaceAll(' ', '-'), excerpt: '', body, categoryId: category, tags: [], status, publishAt: null }, { id: author });
  expect(outcome.ok).toBe(true);
}

// As a page shows it: the marks dropped, line breaks read as spaces.
const plain = (snippet: string) => snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '').replace(/\s+/g, ' ');

describe('search that forgives typos', () => {
  it.each([
    ['Djnago', 'django', 'Django'],
    ['larvel', 'laravel', 'laravel'],
  ])('"%s" finds %s, saying which words it searched for instead', async (typed, slug, corrected) => {
    const answer = await searchWithCorrection(typed);
    expect(answer.correctedFrom).toBe(typed);
    expect(answer.query).toBe(corrected);
    expect(answer.hits[0]).toMatchObject({ kind: 'framework', slug });
  });

  it.each([
    ['djang', 'django'],
    ['expres', 'express'],
  ])('"%s", a word still being typed, finds %s as a prefix, with no correction needed', async (typed, slug) => {
    const answer = await searchWithCorrection(typed);
    expect(answer.correctedFrom).toBeNull();
    expect(answer.hits[0]).toMatchObject({ kind: 'framework', slug });
  });

  it('takes only the last word as a prefix: an earlier short word must still match whole', async () => {
    await savePost('Notes on gardening', 'Quinces and medlars in the orchard.');
    expect((await searchContent('orchard quin')).map((hit) => hit.title)).toEqual(['Notes on gardening']);
    expect(await searchContent('quin orchard')).toEqual([]);
  });

  it('learns the words of a post as it is saved, and never suggests a word only a draft has', async () => {
    await savePost('Birdsong at dawn', 'The nightingale sings from the hawthorn.');
    await savePost('Secret plans', 'The zanzibarian expedition leaves soon.', 'draft');
    const corrected = await searchWithCorrection('nightingael');
    expect(corrected).toMatchObject({ correctedFrom: 'nightingael', query: 'nightingale' });
    expect(corrected.hits.map((hit) => hit.title)).toEqual(['Birdsong at dawn']);
    expect(await searchWithCorrection('zanzibarien')).toMatchObject({ hits: [], correctedFrom: null, query: 'zanzibarien' });
  });

  it('keeps what it cannot correct as typed: phrases and exclusions are not rewritten', async () => {
    expect(await searchWithCorrection('"Djnago"')).toMatchObject({ hits: [], correctedFrom: null });
    expect(await searchWithCorrection('qwxzvbnm')).toMatchObject({ hits: [], correctedFrom: null });
  });
});

describe('search snippets', () => {
  it('end each list item as a sentence instead of running items together', async () => {
    await savePost('Choosing a router', 'What we look for:\n\n- Fast routing\n- A small core\n- Good docs\n');
    const [hit] = (await searchWithCorrection('routing')).hits;
    expect(plain(hit!.snippet)).toContain('Fast routing. A small core. Good docs');
  });
});
