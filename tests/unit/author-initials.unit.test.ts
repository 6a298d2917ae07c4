import { describe, expect, it } from 'vitest';
import { initialsOf } from '@/app/_components/author-card';

describe('the initials shown without a portrait', () => {
  it('are the first letters of the first and last names, in capitals', () => {
    expect(initialsOf('Annie')).toBe('A');
    expect(initialsOf('annie mae lee')).toBe('AL');
    expect(initialsOf('  Zoë   Ångström ')).toBe('ZÅ');
  });

  it('skip punctuation and emoji, and fall back to a question mark', () => {
    expect(initialsOf('“Jo” (editor)')).toBe('JE');
    expect(initialsOf('🙂 Sam')).toBe('S');
    expect(initialsOf('🙂 —')).toBe('?');
  });
});
