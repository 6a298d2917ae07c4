import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readAuthor } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';
import { parsePageNumber } from '@/lib/route-params';

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [{ slug: 'annie', page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const author = await readAuthor(slug);
  if (!author) return {};
  return pageMetadata({ title: `Posts by ${author.name}, page ${page}`, description: author.bio || `Every post ${author.name} wrote for the blog.`, path: paths.author(slug, Number(page)) });
}

export default async function AuthorPaginatedPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, page } = await params;
  const pageNumber = parsePageNumber(page);
  if (pageNumber === null) notFound();
  if (pageNumber === 1) permanentRedirect(paths.author(slug));
  return <AuthorListing slug={slug} page={pageNumber} />;
}
