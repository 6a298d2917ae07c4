import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CategoryListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { parsePageNumber } from '@/lib/route-params';
import { paths } from '@/lib/paths';
import { readCategory } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [{ slug: 'news-and-events', page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const category = await readCategory(slug);
  if (!category) return {};
  return pageMetadata({
    title: `${category.name}, page ${page}`,
    description: category.description || `Posts about ${category.name}.`,
    path: paths.category(slug, Number(page)),
  });
}

export default async function CategoryPaginatedPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, page } = await params;
  const pageNumber = parsePageNumber(page);
  if (pageNumber === null) notFound();
  if (pageNumber === 1) permanentRedirect(paths.category(slug));
  return <CategoryListing slug={slug} page={pageNumber} />;
}
