import { describe, expect, it } from 'vitest';
import { formatTagList, tagListField } from '@/lib/validation/tags';

const parse = (typed: string) => tagListField.safeParse(typed);

describe('the Tags field', () => {
  it('reads names separated by commas or lines, trimmed, spaces inside folded, a repeat dropped', () => {
    expect(parse('  Django ,REST   APIs\nPython, django,, ').data).toEqual(['Django', 'REST APIs', 'Python']);
    expect(parse('').data).toEqual([]);
  });

  it('keeps names that make the same address only when they are the same name in other capitals', () => {
    expect(parse('Node.js, node.JS').data).toEqual(['Node.js']);
    expect(parse('C++, C#').error?.issues[0]?.message).toBe('Tags: “C++” and “C#” would share the address /tag/c. Rename one.');
  });

  it('refuses a name with no letter or digit, one over 50 characters, and more than 20 tags, naming the field', () => {
    expect(parse('good, ---').error?.issues[0]?.message).toBe('Tags: “---” needs at least one letter or digit.');
    expect(parse('x'.repeat(51)).error?.issues[0]?.message).toMatch(/^Tags: “x{20}…” is longer than 50 characters\.$/);
    expect(parse(Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')).error?.issues[0]?.message).toBe('Tags: at most 20 per post (there are 21).');
    expect(parse('a\u0000b').error?.issues[0]?.message).toBe('Tags contains a NUL character, which cannot be stored.');
  });

  it('writes names back as the field shows them', () => {
    expect(formatTagList(['Django', 'REST APIs'])).toBe('Django, REST APIs');
  });
});
