import { describe, expect, it } from 'vitest';
import { getPostBySlug, listPosts } from '@/lib/data/posts';
import { searchContent } from '@/lib/data/search';
import { createPost } from '../factories/posts';

const TOP_10 = 'top-10-backend-frameworks-2024';

describe('reading time on the post and on its cards', () => {
  it('is the same in the post, in lists and in search: words of the body over 230 a minute', async () => {
    const marker = `zebrafinch${Date.now()}`;
    const body = `${marker} ${Array.from({ length: 1379 }, (_, i) => `word${i}`).join(' ')}`;
    const post = await createPost({ body, categorySlug: 'design', publishedAt: new Date(Date.now() - 1000) });
    expect((await getPostBySlug(post.slug))?.readingMinutes).toBe(6);
    const card = (await listPosts({ categorySlug: 'design' })).items.find((item) => item.slug === post.slug);
    expect(card?.readingMinutes).toBe(6);
    const hit = (await searchContent(marker)).find((found) => found.slug === post.slug);
    expect(hit?.readingMinutes).toBe(6);
  });

  it('counts the ranked frameworks of a "Top N" post, which are most of what it shows', async () => {
    const top = await getPostBySlug(TOP_10);
    // The article is about 2,000 words; its own body (introduction and conclusion) is a small part.
    expect(top?.readingMinutes).toBeGreaterThanOrEqual(7);
    const card = (await listPosts({}, 1, 100)).items.find((item) => item.slug === TOP_10);
    expect(card?.readingMinutes).toBe(top?.readingMinutes);
  });

  it('is a minute at least, and absent for framework hits in search', async () => {
    const post = await createPost({ body: '' });
    expect((await getPostBySlug(post.slug))?.readingMinutes).toBe(1);
    const framework = (await searchContent('Laravel')).find((hit) => hit.kind === 'framework');
    expect(framework?.readingMinutes).toBeNull();
  });
});
