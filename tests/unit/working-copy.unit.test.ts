import { describe, expect, it } from 'vitest';
import { parseWorkingCopyFields } from '@/lib/validation/working-copy';

/** FormData turns a lone surrogate into U+FFFD; a caller handing over a plain object does not, so test the parser with one. */
function formWith(fields: Record<string, string | string[]>): FormData {
  const values = new Map(Object.entries(fields).map(([name, value]) => [name, [value].flat()]));
  return { getAll: (name: string) => values.get(name) ?? [] } as unknown as FormData;
}

describe('a working copy’s fields', () => {
  it('keeps half-written text exactly as typed, lists item by item', () => {
    expect(parseWorkingCopyFields(formWith({ title: '', body: ' draft\r\n', pros: ['a', ''] }), { title: 'Title', body: 'Body', pros: 'Pros' }, ['pros'])).toEqual({
      ok: true,
      fields: { title: '', body: ' draft\r\n', pros: ['a', ''] },
    });
  });

  it('refuses a NUL byte or a lone surrogate, naming the field', () => {
    expect(parseWorkingCopyFields(formWith({ body: 'a\u0000b' }), { body: 'Body' })).toEqual({ ok: false, field: 'body', message: 'Body contains a NUL character, which cannot be stored.' });
    expect(parseWorkingCopyFields(formWith({ pros: ['fine', 'x\uDC00'] }), { pros: 'Pros' }, ['pros'])).toEqual({ ok: false, field: 'pros', message: 'Pros contains invalid Unicode (a lone surrogate).' });
  });
});
