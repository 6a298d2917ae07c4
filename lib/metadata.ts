import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site';

interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
  /** OpenGraph type; articles add their dates. */
  article?: { publishedAt: Date; updatedAt: Date; authorName: string; section: string };
}

/** Title, description, canonical URL and OpenGraph tags: every reader page has all four. */
export function pageMetadata({ title, description, path, article }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
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
        }
      : { type: 'website', title, description, url, siteName: site.name },
    twitter: { card: 'summary', title, description },
  };
}

