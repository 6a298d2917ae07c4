import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { YearListing } from '@/app/_components/listings';
import { parseYear } from '@/lib/route-params';
import { pageMetadata } from '@/lib/metadata';
import { parsePageNumber } from '@/lib/route-params';
import { paths } from '@/lib/paths';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ year: string; page: string }> };

export async function generateStaticParams() {
  return [{ year: '2024', page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, page } = await params;
  const parsed = parseYear(year);
  if (parsed === null) return {};
  return pageMetadata({ title: `Posts from ${parsed}, page ${page}`, description: `Everything we published in ${parsed}.`, path: paths.archive(parsed, Number(page)) });
}

export default async function ArchivePaginatedPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { year, page } = await params;
  const parsedYear = parseYear(year);
  const pageNumber = parsePageNumber(page);
  if (parsedYear === null || pageNumber === null) notFound();
  if (pageNumber === 1) permanentRedirect(paths.archive(parsedYear));
  return <YearListing year={parsedYear} page={pageNumber} />;
}
