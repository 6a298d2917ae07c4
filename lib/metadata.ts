import type { Metadata } from 'next';
import { FEED_CONTENT_TYPES, FEED_FORMAT_NAMES, FEED_FORMATS, feedPath, type FeedScope } from '@/lib/feeds';
import { absoluteUrl, site } from '@/lib/site';

interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
  /** OpenGraph type; articles add their dates. */
  article?: { publishedAt: Date; updatedAt: Date; authorName: string; section: string };
  /** The 1200×630 picture shared links show (a feature image's crop, or a generated card). */
  image?: SocialImage;
  /** A category's or tag's own feed, announced after the site's. */
  feed?: { scope: FeedScope; name: string };
}

export interface SocialImage {
  /** Root-relative or absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The site's feed, announced on every page so a feed reader finds it from any address. Next
 * merges metadata key by key, so a page's own `alternates` (its canonical URL) replaces the
 * layout's whole: each page's alternates carry the feed again.
 */
export const feedAlternates = feedLinks([{ scope: { kind: 'all' }, name: site.name }]);

/** `<link rel="alternate">` for each format of each feed, the site's first: feed readers take the first of a type. */
function feedLinks(feeds: Array<{ scope: FeedScope; name: string }>): Record<string, Array<{ url: string; title: string }>> {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_CONTENT_TYPES[format].split(';')[0]!,
      feeds.map(({ scope, name }) => ({ url: feedPath(scope, format), title: `${name} (${FEED_FORMAT_NAMES[format]})` })),
    ]),
  );
}

/** Title, description, canonical URL, the feed and OpenGraph tags: every reader page has them all. */
export function pageMetadata({ title, description, path, article, image, feed }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = image ? [{ ...image, url: absoluteUrl(image.url) }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, types: feed ? feedLinks([{ scope: { kind: 'all' }, name: site.name }, feed]) : feedAlternates },
    openGraph: article
      ? {
          type: 'article',
          title,
          description,
          url,
          siteName: site.name,
          publishedTime: article.publishedAt.toISOString(),
          modifiedTime: article.updatedAt.toISOString(),
          authors: [article.authorName],
          section: article.section,
          images,
        }
      : { type: 'website', title, description, url, siteName: site.name, images },
    twitter: images ? { card: 'summary_large_image', title, description, images } : { card: 'summary', title, description },
  };
}

