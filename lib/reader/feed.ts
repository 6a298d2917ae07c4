import { Feed } from 'feed';
import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getPublicAuthor } from '@/lib/data/authors';
import { getCategory } from '@/lib/data/categories';
import { getPostBySlug, listPosts, type PostListFilter } from '@/lib/data/posts';
import { getPublicTag } from '@/lib/data/tags';
import { FEED_FORMATS, feedPath, type FeedFormat, type FeedScope } from '@/lib/feeds';
import { renderMarkdown } from '@/lib/markdown/render';
import { paths } from '@/lib/paths';
import { splitAtRankedList } from '@/lib/ranked-list';
import { absoluteUrl, site } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';

const FEED_SIZE = 20;

interface ScopeHeading {
  title: string;
  description: string;
  page: string;
  filter: PostListFilter;
}

/** The feed's own name and page; null for a category or tag readers cannot see. */
async function headingOf(scope: FeedScope): Promise<ScopeHeading | null> {
  if (scope.kind === 'all') return { title: site.name, description: site.tagline, page: '/', filter: {} };
  if (scope.kind === 'category') {
    cacheTag(cacheTags.category(scope.slug), cacheTags.categoryIndex);
    const category = await getCategory(scope.slug);
    return category && { title: `${category.name} · ${site.name}`, description: category.description || `Posts about ${category.name}.`, page: paths.category(category.slug), filter: { categorySlug: category.slug } };
  }
  if (scope.kind === 'author') {
    cacheTag(cacheTags.author(scope.slug));
    const author = await getPublicAuthor(scope.slug);
    return author && { title: `${author.name} · ${site.name}`, description: author.bio || `Posts by ${author.name}.`, page: paths.author(author.slug), filter: { authorSlug: author.slug } };
  }
  cacheTag(cacheTags.tag(scope.slug));
  const tag = await getPublicTag(scope.slug);
  return tag && { title: `${tag.name} · ${site.name}`, description: tag.description || `Posts tagged ${tag.name}.`, page: paths.tag(tag.slug), filter: { tagSlug: tag.slug } };
}

/**
 * A feed of the latest posts of a scope, in one format, with each post's full
 * sanitized HTML, its category and its tags; null when the scope is unknown
 * (a 404). Cached like a page: any post change expires it.
 */
export async function readFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.postLists);
  const heading = await headingOf(scope);
  if (!heading) return null;
  const latest = await listPosts(heading.filter, 1, FEED_SIZE);
  const links = Object.fromEntries(FEED_FORMATS.map((each) => [each, absoluteUrl(feedPath(scope, each))]));
  const feed = new Feed({
    title: heading.title,
    description: heading.description,
    id: absoluteUrl(heading.page),
    link: absoluteUrl(heading.page),
    language: 'en',
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    updated: latest.items[0]?.publishedAt,
    feedLinks: { rss: links.rss, atom: links.atom, json: links.json },
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
      author: [{ name: post.authorName, link: absoluteUrl(paths.author(post.authorSlug)) }],
      date: post.publishedAt,
      // RSS reads name and domain, Atom term (required), label and scheme.
      category: [
        { name: post.categoryName, term: post.categorySlug, domain: absoluteUrl(paths.category(post.categorySlug)), scheme: absoluteUrl(paths.categories()) },
        ...post.tags.map((tag) => ({ name: tag.name, term: tag.slug, domain: absoluteUrl(paths.tag(tag.slug)), scheme: absoluteUrl('/tag') })),
      ],
    });
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : asJsonFeed11(feed.json1());
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeedItem = Record<string, unknown> & { author?: JsonFeedAuthor };

/**
 * The `feed` package writes JSON Feed 1.0. Version 1.1 renames `author` to
 * an `authors` list and adds `language`; nothing else it writes changed.
 */
function asJsonFeed11(json: string): string {
  const { author, items, ...feed } = JSON.parse(json) as JsonFeedItem & { items: JsonFeedItem[] };
  const upgrade = ({ author: itemAuthor, ...item }: JsonFeedItem) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) });
  return JSON.stringify(
    { ...feed, version: 'https://jsonfeed.org/version/1.1', language: 'en', ...(author ? { authors: [author] } : {}), items: items.map(upgrade) },
    null,
    2,
  );
}
