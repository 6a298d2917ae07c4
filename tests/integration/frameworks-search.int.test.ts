import { describe, expect, it } from 'vitest';
import { getFramework, listFrameworks, listPostsRankingFramework } from '@/lib/data/frameworks';
import { HIGHLIGHT_END, HIGHLIGHT_START, searchContent } from '@/lib/data/search';
import { createPost } from '../factories/posts';

describe('frameworks', () => {
  it('lists the frameworks in the Top 10 order', async () => {
    expect((await listFrameworks()).map((f) => f.slug)).toEqual([
      'laravel', 'django', 'spring-boot', 'ruby-on-rails', 'express', 'nestjs', 'flask', 'phoenix', 'aspnet-core', 'koa',
    ]);
  });

  it('keeps every list of a framework in order', async () => {
    const phoenix = await getFramework('phoenix');
    expect(phoenix?.keyFeatures[0]).toBe('LiveView for building real-time UIs without writing JavaScript');
    expect(phoenix?.pros).toHaveLength(4);
    expect(await getFramework('no-such-framework')).toBeNull();
  });

  it('knows which posts rank a framework', async () => {
    expect(await listPostsRankingFramework('koa')).toEqual([
      { slug: 'top-10-backend-frameworks-2024', title: 'Top 10 Backend Frameworks for Web Development in 2024', position: 10 },
    ]);
  });
});

describe('search', () => {
  it('finds Phoenix by "LiveView", first, with the match highlighted', async () => {
    const [first] = await searchContent('LiveView');
    expect(first).toMatchObject({ kind: 'framework', slug: 'phoenix', title: 'Phoenix' });
    expect(first!.snippet).toContain(`${HIGHLIGHT_START}LiveView${HIGHLIGHT_END}`);
  });

  it('ranks a title match above a passing mention', async () => {
    await createPost({ title: 'Why we love Django', body: 'A post about Django.' });
    await createPost({ title: 'Unrelated title', body: 'We once mentioned django in passing, among many other words here.' });
    const hits = await searchContent('django');
    const titles = hits.map((hit) => hit.title);
    expect(titles.indexOf('Why we love Django')).toBeLessThan(titles.indexOf('Unrelated title'));
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => b - a));
  });

  it('matches word forms (stemming) across posts and frameworks', async () => {
    const hits = await searchContent('microservice');
    expect(hits.some((hit) => hit.slug === 'spring-boot')).toBe(true);
  });

  it('never finds drafts', async () => {
    await createPost({ status: 'draft', title: 'Secret zanzibar plans' });
    expect(await searchContent('zanzibar')).toEqual([]);
  });

  it.each(['"unterminated', 'a & | ! b', '-', 'or or or', '(((', "'; drop table posts; --"])('accepts arbitrary input without error: %s', async (query) => {
    await expect(searchContent(query)).resolves.toBeInstanceOf(Array);
  });
});
