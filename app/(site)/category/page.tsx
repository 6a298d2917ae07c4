import type { Metadata } from 'next';
import Link from 'next/link';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readCategoryCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

export const metadata: Metadata = pageMetadata({ title: 'All categories', description: 'Every category of the blog, with its number of posts.', path: paths.categories() });

export default async function CategoriesPage() {
  'use cache';
  await cacheForReaders();
  const categories = await readCategoryCounts();
  return (
    <WithSidebar>
      <h1>All categories</h1>
      <ul className="category-index">
        {categories.map((category) => (
          <li key={category.slug}>
            <Link href={paths.category(category.slug)}>{category.name}</Link> <span className="meta">({category.postCount})</span>
            {category.description && <p className="meta">{category.description}</p>}
          </li>
        ))}
      </ul>
    </WithSidebar>
  );
}
