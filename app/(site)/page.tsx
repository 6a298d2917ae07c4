import type { Metadata } from 'next';
import { PostList } from '@/app/_components/post-list';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readPostList } from '@/lib/reader/posts';
import { site } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';

export const metadata: Metadata = {
  ...pageMetadata({ title: `${site.name} · ${site.tagline}`, description: site.description, path: '/' }),
  title: { absolute: `${site.name} · ${site.tagline}` },
};

export default async function HomePage() {
  'use cache';
  await cacheForReaders();
  const page = await readPostList({}, 1);
  return (
    <WithSidebar>
      <h1 className="visually-hidden">Latest posts</h1>
      <PostList page={page} pageHref={paths.home} emptyText="No posts yet." />
    </WithSidebar>
  );
}

