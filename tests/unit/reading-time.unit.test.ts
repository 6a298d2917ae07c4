import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '@/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('counts the words a reader reads, not the Markdown around them', () => {
    expect(countWords('## Getting *started*\n\n- **Don’t** panic: it’s well-known (v2.0).')).toBe(7);
    expect(countWords('See [the guide](https://example.com/a/long/path?x=1 "Guide") or https://example.com/other.')).toBe(4);
    expect(countWords('![A red bicycle](/media/abc/960.webp)')).toBe(3);
    expect(countWords('')).toBe(0);
  });

  it('is words over 230 a minute, rounded, never under a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(100))).toBe(1);
    expect(readingMinutes(words(6 * 230))).toBe(6);
    expect(readingMinutes(words(6 * 230 + 100))).toBe(6);
    expect(readingMinutes(words(6 * 230 + 120))).toBe(7);
  });

  it('adds up every text of one article (a "Top N" post and its ranked frameworks)', () => {
    expect(readingMinutes(words(700), words(680))).toBe(6);
  });

  it('reads as "6 min read"', () => {
    expect(readingTimeLabel(6)).toBe('6 min read');
  });

  it('stays linear on a long text', () => {
    const started = performance.now();
    expect(countWords('a '.repeat(50_000) + '['.repeat(50_000))).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
