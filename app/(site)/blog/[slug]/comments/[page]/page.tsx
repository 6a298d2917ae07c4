import type { Metadata } from 'next';
import { cacheForReaders } from '@/lib/reader/schedule';
import { CommentThreadPage, threadPageMetadata } from '@/app/(site)/_comments/comment-pages';

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [{ slug: 'top-10-backend-frameworks-2024', page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return threadPageMetadata('post', slug, page);
}

export default async function PostCommentsPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, page } = await params;
  return <CommentThreadPage kind="post" slug={slug} segment={page} />;
}
