import type { MetadataRoute } from 'next';
import { paths } from '@/lib/paths';
import { readFrameworks } from '@/lib/reader/frameworks';
import { readCategoryCounts, readPublicAuthors, readPublicPostSlugs, readTagCounts, readYearCounts } from '@/lib/reader/posts';
import { absoluteUrl } from '@/lib/site';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, frameworks, categories, tags, authors, years] = await Promise.all([
    readPublicPostSlugs(),
    readFrameworks(),
    readCategoryCounts(),
    readTagCounts(),
    readPublicAuthors(),
    readYearCounts(),
  ]);
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl(paths.frameworks()), changeFrequency: 'weekly', priority: 0.8 },
    { url: absoluteUrl('/quote'), changeFrequency: 'yearly', priority: 0.3 },
    { url: absoluteUrl('/feeds'), changeFrequency: 'monthly', priority: 0.2 },
    ...posts.map((post) => ({ url: absoluteUrl(paths.post(post.slug)), lastModified: post.updatedAt, priority: 0.7 })),
    ...frameworks.map((framework) => ({ url: absoluteUrl(paths.framework(framework.slug)), lastModified: framework.updatedAt, priority: 0.6 })),
    ...categories.filter((category) => category.postCount > 0).map((category) => ({ url: absoluteUrl(paths.category(category.slug)), priority: 0.4 })),
    ...tags.map((tag) => ({ url: absoluteUrl(paths.tag(tag.slug)), priority: 0.3 })),
    ...authors.map((author) => ({ url: absoluteUrl(paths.author(author.slug)), lastModified: author.updatedAt, priority: 0.3 })),
    ...years.map(({ year }) => ({ url: absoluteUrl(paths.archive(year)), priority: 0.3 })),
  ];
}
