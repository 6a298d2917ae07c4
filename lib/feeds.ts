/** What a feed covers: the whole blog, one category, one tag or one author. */
export type FeedScope = { kind: 'all' } | { kind: 'category' | 'tag' | 'author'; slug: string };
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

const FILE_OF: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'feed.atom', json: 'feed.json' };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** A feed's address: `/feed.xml`, `/category/design/feed.atom`, `/tag/backend/feed.json`, `/author/annie/feed.xml`. */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const file = FILE_OF[format];
  return scope.kind === 'all' ? `/${file}` : `/${scope.kind}/${scope.slug}/${file}`;
}

/** Whether a path is one of the feeds: route handlers that only ever answer GET and HEAD. */
export function isFeedPath(pathname: string): boolean {
  return /^(?:\/(?:category|tag|author)\/[^/]+)?\/feed\.(?:xml|atom|json)$/.test(pathname);
}
