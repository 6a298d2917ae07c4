import type { PostDetail, RankedFramework } from '@/lib/data/types';
import type { SocialImage } from '@/lib/metadata';
import { SOCIAL_CROP } from '@/lib/media/limits';
import { mediaFileUrl } from '@/lib/media/urls';
import { paths } from '@/lib/paths';
import { absoluteUrl, site } from '@/lib/site';

/** The feature image's 1200×630 crop, or the card generated from the title (app/(site)/blog/[slug]/social-card.png). */
export function postSocialImage(post: PostDetail): SocialImage {
  if (post.featureImage) return { url: mediaFileUrl(post.featureImage.hash, 'og.jpg'), ...SOCIAL_CROP, alt: post.featureImage.altText };
  return { url: `${paths.post(post.slug)}/social-card.png`, ...SOCIAL_CROP, alt: post.title };
}

/** BlogPosting for every post; a "Top N" post also lists its published frameworks as an ItemList (a draft's address is not public). */
export function postJsonLd(post: PostDetail, rankedAll: RankedFramework[], url: string): object {
  const ranked = rankedAll.filter((framework) => framework.published);
  const posting = {
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: { '@type': 'Person', name: post.authorName, url: absoluteUrl(paths.author(post.authorSlug)) },
    publisher: { '@type': 'Organization', name: site.name },
    mainEntityOfPage: url,
    url,
    articleSection: post.categoryName,
    image: absoluteUrl(postSocialImage(post).url),
  };
  if (ranked.length === 0) return { '@context': 'https://schema.org', ...posting };
  const itemList = {
    '@type': 'ItemList',
    name: post.title,
    numberOfItems: ranked.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: ranked.map((framework) => ({
      '@type': 'ListItem',
      position: framework.position,
      name: framework.name,
      url: absoluteUrl(paths.framework(framework.slug)),
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [posting, itemList] };
}
