import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PostList } from '@/app/_components/post-list';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { parsePageNumber } from '@/lib/route-params';
import { paths } from '@/lib/paths';
import { readPostList } from '@/lib/reader/posts';
import { site } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return pageMetadata({ title: `Latest posts, page ${page}`, description: site.description, path: paths.home(Number(page)) });
}

export default async function HomePaginatedPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const pageNumber = parsePageNumber((await params).page);
  if (pageNumber === null) notFound();
  if (pageNumber === 1) permanentRedirect('/');
  const page = await readPostList({}, pageNumber);
  if (page.items.length === 0) notFound();
  return (
    <WithSidebar>
      <h1>Latest posts, page {pageNumber}</h1>
      <PostList page={page} pageHref={paths.home} emptyText="No posts on this page." />
    </WithSidebar>
  );
}
