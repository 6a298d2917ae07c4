import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TagListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readTag } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';
import { parsePageNumber } from '@/lib/route-params';

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [{ slug: 'frameworks', page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const tag = await readTag(slug);
  if (!tag) return {};
  return pageMetadata({ title: `Tag: ${tag.name}, page ${page}`, description: tag.description || `Posts tagged ${tag.name}.`, path: paths.tag(slug, Number(page)) });
}

export default async function TagPaginatedPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, page } = await params;
  const pageNumber = parsePageNumber(page);
  if (pageNumber === null) notFound();
  if (pageNumber === 1) permanentRedirect(paths.tag(slug));
  return <TagListing slug={slug} page={pageNumber} />;
}
