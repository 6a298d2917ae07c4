import { describe, expect, it } from 'vitest';
import { frameworkSeeds, topTenPost } from '@/db/seed/content/top-10-frameworks';
import { articleLines, frameworkBulletLists, normalize, SOURCE_PATH, sourceAvailable } from '../support/source-text';

// The seed is the project's own transcription of the article; these tests
// hold it to the original, word for word, whenever the original is at hand.
describe.skipIf(!sourceAvailable())(`seed content against ${SOURCE_PATH}`, () => {
  it('contains every line of the article verbatim', () => {
    const seeded = normalize(
      [
        topTenPost.intro,
        topTenPost.conclusion,
        ...frameworkSeeds.flatMap((f) => [f.name, f.overview, ...f.pros, ...f.cons, f.bestUseCasesSummary ?? '', ...f.bestUseCases, ...f.keyFeatures]),
      ].join('\n'),
    );
    const missing = articleLines().filter((line) => !seeded.includes(line));
    expect(missing).toEqual([]);
  });

  it('keeps every framework list complete and in the article order', () => {
    const lists = frameworkBulletLists();
    expect(lists).toHaveLength(10);
    frameworkSeeds.forEach((framework, index) => {
      const expected = [framework.pros, framework.cons, ...(framework.bestUseCases.length ? [framework.bestUseCases] : []), framework.keyFeatures];
      expect(lists[index], framework.slug).toEqual(expected);
    });
  });
});

describe('seed content', () => {
  it('ranks the ten frameworks in the article order', () => {
    expect(frameworkSeeds.map((f) => [f.rank, f.slug])).toEqual(
      ['laravel', 'django', 'spring-boot', 'ruby-on-rails', 'express', 'nestjs', 'flask', 'phoenix', 'aspnet-core', 'koa'].map((slug, i) => [i + 1, slug]),
    );
  });
});
