import { describe, expect, it } from 'vitest';
import { parsePageNumber, parseYear } from '@/lib/route-params';
import { paths } from '@/lib/paths';
import { RANKED_LIST_MARKER, splitAtRankedList } from '@/lib/ranked-list';

describe('parsePageNumber', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['12', 12],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['2.5', null],
    ['abc', null],
    ['9999999', null],
  ])('%s → %s', (segment, expected) => {
    expect(parsePageNumber(segment)).toBe(expected);
  });
});

describe('parseYear', () => {
  it.each([
    ['2024', 2024],
    ['1989', null],
    ['24', null],
    ['20245', null],
    ['year', null],
  ])('%s → %s', (segment, expected) => {
    expect(parseYear(segment)).toBe(expected);
  });
});

describe('paths', () => {
  it('gives page 1 of every listing its short URL', () => {
    expect(paths.home(1)).toBe('/');
    expect(paths.home(3)).toBe('/page/3');
    expect(paths.category('design', 1)).toBe('/category/design');
    expect(paths.category('design', 2)).toBe('/category/design/page/2');
    expect(paths.archive(2024, 2)).toBe('/archive/2024/page/2');
  });

  it('encodes search queries', () => {
    expect(paths.search('a&b c/d')).toBe('/search/a%26b%20c%2Fd');
    expect(paths.search()).toBe('/search');
  });
});

describe('splitAtRankedList', () => {
  it('splits a body at the marker line', () => {
    expect(splitAtRankedList(`Intro\n\n${RANKED_LIST_MARKER}\n\nOutro`)).toEqual({ before: 'Intro', after: 'Outro' });
  });

  it('puts everything before the list when there is no marker', () => {
    expect(splitAtRankedList('Just text')).toEqual({ before: 'Just text', after: '' });
  });

  it('ignores the marker inside a line', () => {
    expect(splitAtRankedList(`See ${RANKED_LIST_MARKER} here`).after).toBe('');
  });
});
