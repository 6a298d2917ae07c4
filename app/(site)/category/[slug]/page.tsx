import type { Metadata } from 'next';
import { CategoryListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readCategory, readCategoryCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const categories = await readCategoryCounts();
  return categories.length > 0 ? categories.map(({ slug }) => ({ slug })) : [{ slug: 'news-and-events' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await readCategory((await params).slug);
  if (!category) return {};
  return pageMetadata({
    title: category.name,
    description: category.description || `Posts about ${category.name}.`,
    path: paths.category(category.slug),
    feed: { scope: { kind: 'category', slug: category.slug }, name: category.name },
  });
}

export default async function CategoryPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  return <CategoryListing slug={(await params).slug} page={1} />;
}
