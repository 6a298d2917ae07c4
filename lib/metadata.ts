import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site';

interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
  /** OpenGraph type; articles add their dates. */
  article?: { publishedAt: Date; updatedAt: Date; authorName: string; section: string };
  /** The 1200×630 picture shared links show (a feature image's crop, or a generated card). */
  image?: SocialImage;
}

export interface SocialImage {
  /** Root-relative or absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Title, description, canonical URL and OpenGraph tags: every reader page has all four. */
export function pageMetadata({ title, description, path, article, image }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = image ? [{ ...image, url: absoluteUrl(image.url) }] : undefined;
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
          images,
        }
      : { type: 'website', title, description, url, siteName: site.name, images },
    twitter: images ? { card: 'summary_large_image', title, description, images } : { card: 'summary', title, description },
  };
}

