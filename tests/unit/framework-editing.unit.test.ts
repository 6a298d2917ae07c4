import { describe, expect, it } from 'vitest';
import { pickComparison } from '@/app/admin/_components/revisions/comparison';
import { diffFields } from '@/lib/diff/fields';
import { diffWords, type DiffPart } from '@/lib/diff/words';
import { parsePositiveInt } from '@/lib/forms/ids';
import { applyListOperation, listIntent, parseListIntent } from '@/lib/forms/list-intent';
import { parseFramework } from '@/lib/validation/framework';
import { emptyFrameworkValues, type FrameworkFormValues } from '@/lib/validation/framework-fields';

const valid = (overrides: Partial<FrameworkFormValues> = {}): FrameworkFormValues => ({
  ...emptyFrameworkValues(),
  name: 'Hono',
  language: 'TypeScript',
  firstReleased: '2021',
  creator: 'Yusuke Wada',
  architecture: 'Middleware',
  overview: 'Small and **fast**.',
  pros: ['Tiny', '  ', 'Runs everywhere', '\u200B'],
  ...overrides,
});

describe('framework validation', () => {
  it('accepts a complete framework, makes the slug from the name and drops blank list items', () => {
    const parsed = parseFramework(valid());
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ slug: 'hono', firstReleased: 2021, pros: ['Tiny', 'Runs everywhere'], bestUseCasesSummary: null });
  });

  it('names the field and the item in each message', () => {
    const parsed = parseFramework(
      valid({ name: ' ', firstReleased: '1850', slug: 'Not A Slug', cons: ['fine', 'bad\u0000byte'], keyFeatures: Array.from({ length: 31 }, (_, i) => `f${i}`) }),
    );
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: Name is required.',
        expect.stringMatching(/^firstReleased: First released must be between 1990 and this year/),
        'cons: Cons, item 2, contains a NUL character, which cannot be stored.',
        'keyFeatures: Key features can have at most 30 items (there are 31).',
      ]),
    );
  });

  it('refuses a malformed slug and suggests one', () => {
    const parsed = parseFramework(valid({ slug: 'Not A Slug' }));
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['slug'], message: expect.stringContaining('"not-a-slug"') })]);
  });

  it('refuses an overview the Markdown renderer would refuse', () => {
    const parsed = parseFramework(valid({ overview: '> '.repeat(200) + 'deep' }));
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['overview'], message: expect.stringContaining('nested too deeply') });
  });

  it('refuses a year in the future and a year that is not one', () => {
    expect(parseFramework(valid({ firstReleased: String(new Date().getUTCFullYear() + 1) })).success).toBe(false);
    expect(parseFramework(valid({ firstReleased: '20x1' })).error?.issues[0]?.message).toBe('First released must be a year, like 2005.');
  });
});

describe('list intents', () => {
  it('round-trips through the intent names', () => {
    expect(parseListIntent(listIntent.add('pros'))).toEqual({ list: 'pros', operation: { op: 'add' } });
    expect(parseListIntent(listIntent.down('keyFeatures', 3))).toEqual({ list: 'keyFeatures', operation: { op: 'down', index: 3 } });
    for (const bad of ['save', 'list:pros', 'list:pros:up', 'list:pros:add:1', 'list::up:1', 'list:pros:swap:1']) expect(parseListIntent(bad)).toBeNull();
  });

  it('adds, removes and moves, and ignores moves past the ends', () => {
    const items = ['a', 'b', 'c'];
    expect(applyListOperation(items, { op: 'add' }, '')).toEqual(['a', 'b', 'c', '']);
    expect(applyListOperation(items, { op: 'remove', index: 1 }, '')).toEqual(['a', 'c']);
    expect(applyListOperation(items, { op: 'up', index: 2 }, '')).toEqual(['a', 'c', 'b']);
    expect(applyListOperation(items, { op: 'down', index: 0 }, '')).toEqual(['b', 'a', 'c']);
    expect(applyListOperation(items, { op: 'up', index: 0 }, '')).toEqual(items);
    expect(applyListOperation(items, { op: 'down', index: 2 }, '')).toEqual(items);
    expect(applyListOperation(items, { op: 'remove', index: 9 }, '')).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});

describe('diffFields', () => {
  it('diffs only changed fields, in label order, lists one item per line', () => {
    const changes = diffFields(
      { name: 'Django', pros: ['Batteries included', 'Secure'], year: 2005 },
      { name: 'Django', pros: ['Secure', 'Batteries included', 'Async views'], year: 2005 },
      { pros: 'Pros', name: 'Name', year: 'Year' },
    );
    expect(changes.map((change) => change.label)).toEqual(['Pros']);
    expect(changes[0]!.added).toBeGreaterThan(0);
    expect(changes[0]!.parts.filter((part) => part.kind === 'added').map((part) => part.text).join('')).toContain('Async views');
  });
});

describe('pickComparison', () => {
  const revisions = [3, 2, 1].map((version) => ({ id: version * 10, version, authorName: null, createdAt: new Date() }));
  it('defaults to the newest and the one before, and orders a reversed pick', () => {
    expect(pickComparison(revisions, {})).toMatchObject({ from: { version: 2 }, to: { version: 3 } });
    expect(pickComparison(revisions, { from: '30', to: '10' })).toMatchObject({ from: { version: 1 }, to: { version: 3 } });
    expect(pickComparison(revisions, { from: 'nope' })).toMatchObject({ from: { version: 2 }, to: { version: 3 } });
    expect(pickComparison(revisions.slice(0, 1), {})).toBeNull();
  });
});

describe('diffWords', () => {
  const join = (parts: DiffPart[], skip: DiffPart['kind']) => parts.filter((part) => part.kind !== skip).map((part) => part.text).join('');

  it('reads a replaced phrase as one removal and one addition', () => {
    expect(diffWords('Created by TJ Holowaychuk.', 'Created by The e2e team.')).toEqual([
      { kind: 'same', text: 'Created by ' },
      { kind: 'removed', text: 'TJ Holowaychuk' },
      { kind: 'added', text: 'The e2e team' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps line breaks outside a run, and both texts can be rebuilt from the parts', () => {
    const before = 'Fast\nSecure and tested\nMature ORM';
    const after = 'Fast\nSecure, tested and documented\nAsync ORM\nNew item';
    const parts = diffWords(before, after);
    expect(join(parts, 'added')).toBe(before);
    expect(join(parts, 'removed')).toBe(after);
    expect(parts.filter((part) => part.kind !== 'same').every((part) => !part.text.includes('\n') || part.text.trim().includes('New item'))).toBe(true);
  });

  it('finds no change in equal texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});

describe('parsePositiveInt', () => {
  it('accepts positive integers only', () => {
    expect(parsePositiveInt('42')).toBe(42);
    for (const bad of ['', '0', '-1', '1e3', '1.5', 'abc', ' 7', '9999999999', null, undefined, 7]) expect(parsePositiveInt(bad)).toBeNull();
  });
});
