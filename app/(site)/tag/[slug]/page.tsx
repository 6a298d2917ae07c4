import type { Metadata } from 'next';
import { TagListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readTag, readTagCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const tags = await readTagCounts();
  return tags.length > 0 ? tags.map(({ slug }) => ({ slug })) : [{ slug: 'frameworks' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await readTag((await params).slug);
  if (!tag) return {};
  return pageMetadata({ title: `Tag: ${tag.name}`, description: tag.description || `Posts tagged ${tag.name}.`, path: paths.tag(tag.slug), feed: { scope: { kind: 'tag', slug: tag.slug }, name: `Tag: ${tag.name}` } });
}

export default async function TagPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  return <TagListing slug={(await params).slug} page={1} />;
}
