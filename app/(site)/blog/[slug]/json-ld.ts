import type { PostDetail, RankedFramework } from '@/lib/data/types';
import { paths } from '@/lib/paths';
import { absoluteUrl, site } from '@/lib/site';

/** BlogPosting for every post; a "Top N" post also lists its frameworks as an ItemList. */
export function postJsonLd(post: PostDetail, ranked: RankedFramework[], url: string): object {
  const posting = {
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: { '@type': 'Person', name: post.authorName },
    publisher: { '@type': 'Organization', name: site.name },
    mainEntityOfPage: url,
    url,
    articleSection: post.categoryName,
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
