import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { YearListing } from '@/app/_components/listings';
import { parseYear } from '@/lib/route-params';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readYearCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ year: string }> };

export async function generateStaticParams() {
  const years = await readYearCounts();
  return years.length > 0 ? years.map(({ year }) => ({ year: String(year) })) : [{ year: '2024' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseYear((await params).year);
  if (year === null) return {};
  return pageMetadata({ title: `Posts from ${year}`, description: `Everything we published in ${year}.`, path: paths.archive(year) });
}

export default async function ArchivePage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const year = parseYear((await params).year);
  if (year === null) notFound();
  return <YearListing year={year} page={1} />;
}
