import { describe, expect, it } from 'vitest';
import { mergeFields, mergeText } from '@/lib/diff/three-way';

const base = 'Intro paragraph.\n\nMiddle paragraph.\n\nClosing paragraph.\n';

describe('three-way merge of two edits made on the same text', () => {
  it('keeps both when they change different paragraphs', () => {
    const mine = base.replace('Intro paragraph.', 'Intro, reworded by me.');
    const theirs = base.replace('Closing paragraph.', 'Closing, reworded by them.');
    expect(mergeText(base, mine, theirs)).toBe('Intro, reworded by me.\n\nMiddle paragraph.\n\nClosing, reworded by them.\n');
  });

  it('refuses when both change the same paragraph differently', () => {
    expect(mergeText(base, base.replace('Middle', 'My middle'), base.replace('Middle', 'Their middle'))).toBeNull();
  });

  it('takes an identical change once, and keeps line endings and a missing final newline as typed', () => {
    const crlf = 'a\r\n\r\nb\r\n\r\nc';
    expect(mergeText(crlf, crlf.replace('a', 'A'), crlf.replace('a', 'A').replace('c', 'C'))).toBe('A\r\n\r\nb\r\n\r\nC');
  });

  it('merges field by field: each side keeps the fields only it changed', () => {
    const o = { title: 'T', slug: 's', body: base, pros: ['one', 'two', 'three'], year: 2010 };
    const a = { ...o, title: 'My title', body: base.replace('Intro', 'My intro'), pros: ['one!', 'two', 'three'] };
    const b = { ...o, slug: 'their-slug', body: base.replace('Closing', 'Their closing'), pros: ['one', 'two', 'three', 'four'], year: 2011 };
    expect(mergeFields(o, a, b)).toEqual({
      ok: true,
      merged: { title: 'My title', slug: 'their-slug', body: base.replace('Intro', 'My intro').replace('Closing', 'Their closing'), pros: ['one!', 'two', 'three', 'four'], year: 2011 },
    });
  });

  it('names every field both changed in ways that overlap', () => {
    const o = { title: 'T', body: base, year: 2010 };
    expect(mergeFields(o, { ...o, title: 'A', body: base.replace('Middle', 'X'), year: 1 }, { ...o, title: 'B', body: base.replace('Middle', 'Y'), year: 1 })).toEqual({
      ok: false,
      conflicts: ['title', 'body'],
    });
  });
});
