import { Feed } from 'feed';
import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getPostBySlug, listPosts } from '@/lib/data/posts';
import { renderMarkdown } from '@/lib/markdown/render';
import { paths } from '@/lib/paths';
import { splitAtRankedList } from '@/lib/ranked-list';
import { absoluteUrl, site } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';

const FEED_SIZE = 20;

/** RSS 2.0 of the latest posts, with each post's full sanitized HTML. */
export async function readRssFeed(): Promise<string> {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists);
  const latest = await listPosts({}, 1, FEED_SIZE);
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'en',
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    updated: latest.items[0]?.publishedAt,
    feedLinks: { rss: absoluteUrl('/feed.xml') },
  });
  for (const summary of latest.items) {
    const post = await getPostBySlug(summary.slug);
    if (!post) continue;
    cacheTag(cacheTags.postSlug(post.slug));
    const { before, after } = splitAtRankedList(post.body);
    const url = absoluteUrl(paths.post(post.slug));
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.excerpt,
      content: renderMarkdown([before, after].filter(Boolean).join('\n\n')),
      author: [{ name: post.authorName }],
      date: post.publishedAt,
      category: [{ name: post.categoryName, domain: absoluteUrl(paths.category(post.categorySlug)) }],
    });
  }
  return feed.rss2();
}
