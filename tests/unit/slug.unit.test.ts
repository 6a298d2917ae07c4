import { describe, expect, it } from 'vitest';
import { frameworkSeeds, topTenPost } from '@/db/seed/content/top-10-frameworks';
import { newsPosts } from '@/db/seed/content/agency-news';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '@/lib/slug';

describe('slugify', () => {
  it.each([
    ['Top 10 Backend Frameworks for Web Development in 2024', 'top-10-backend-frameworks-for-web-development-in-2024'],
    ['ASP.NET Core', 'asp-net-core'],
    ['Café & Crème: Design Notes', 'cafe-and-creme-design-notes'],
    ["We're hiring!", 'were-hiring'],
    ['  --Spaces   and---dashes--  ', 'spaces-and-dashes'],
    ['Ünïcödé Résumé', 'unicode-resume'],
    ['🎉🎉', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('always produces a valid slug or nothing', () => {
    for (const title of ['a', 'A b', '100%', 'x'.repeat(200), 'C#', '/../etc/passwd']) {
      const slug = slugify(title);
      expect(slug === '' || isSlug(slug), title).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it('accepts the seeded slugs and rejects malformed ones', () => {
    for (const slug of [topTenPost.slug, ...frameworkSeeds.map((f) => f.slug), ...newsPosts.map((p) => p.slug)]) expect(isSlug(slug), slug).toBe(true);
    for (const bad of ['', 'Upper', 'trailing-', '-leading', 'double--dash', 'spa ce', 'ünï', 'x'.repeat(81)]) expect(isSlug(bad), bad).toBe(false);
  });
});
