import { describe, expect, it } from 'vitest';
import { listCategoryCounts } from '@/lib/data/categories';
import { getPostBySlug, listPosts, listPublicPostSlugs, listYearCounts } from '@/lib/data/posts';
import { createPost } from '../factories/posts';

const DAY = 86_400_000;

describe('what readers can see', () => {
  it('hides drafts, trashed posts and scheduled posts whose time has not come', async () => {
    const draft = await createPost({ status: 'draft' });
    const trashed = await createPost({ deletedAt: new Date() });
    const future = await createPost({ status: 'scheduled', publishedAt: new Date(Date.now() + DAY) });
    for (const post of [draft, trashed, future]) {
      expect(await getPostBySlug(post.slug)).toBeNull();
    }
    const listed = (await listPublicPostSlugs()).map((post) => post.slug);
    expect(listed).not.toContain(draft.slug);
    expect(listed).not.toContain(trashed.slug);
    expect(listed).not.toContain(future.slug);
  });

  it('shows a scheduled post once its time has passed, without any job running', async () => {
    const due = await createPost({ status: 'scheduled', publishedAt: new Date(Date.now() - 1000) });
    expect(await getPostBySlug(due.slug)).toMatchObject({ slug: due.slug });
  });
});

describe('listPosts', () => {
  it('pages newest first and reports the page count', async () => {
    const first = await listPosts({}, 1, 5);
    const second = await listPosts({}, 2, 5);
    expect(first.items).toHaveLength(5);
    expect(first.total).toBeGreaterThan(10);
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    const dates = [...first.items, ...second.items].map((post) => post.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(second.items.map((p) => p.slug)).not.toContain(first.items[0]!.slug);
  });

  it('returns an empty page past the end, with the true total', async () => {
    const beyond = await listPosts({}, 999);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBeGreaterThan(10);
  });

  it('filters by category and by year', async () => {
    const news = await listPosts({ categorySlug: 'news-and-events' });
    expect(news.items.length).toBeGreaterThanOrEqual(6);
    expect(news.items.every((post) => post.categorySlug === 'news-and-events')).toBe(true);
    const from2023 = await listPosts({ year: 2023 });
    expect(from2023.items.length).toBeGreaterThan(0);
    expect(from2023.items.every((post) => post.publishedAt.getUTCFullYear() === 2023)).toBe(true);
  });
});

describe('sidebar counts', () => {
  it('counts public posts per category and per year, and they agree with the lists', async () => {
    await createPost({ status: 'draft', categorySlug: 'design' });
    const categories = await listCategoryCounts();
    const design = categories.find((category) => category.slug === 'design');
    expect(design?.postCount).toBe((await listPosts({ categorySlug: 'design' })).total);
    const years = await listYearCounts();
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => b - a));
    for (const { year, postCount } of years) expect(postCount).toBe((await listPosts({ year })).total);
  });
});
