import { cacheForReaders } from '@/lib/reader/schedule';
import { ReplyPage, replyPageMetadata } from '@/app/(site)/_comments/comment-pages';

type Props = { params: Promise<{ slug: string; comment: string }> };

export async function generateStaticParams() {
  return [{ slug: 'top-10-backend-frameworks-2024', comment: '1' }];
}

export const generateMetadata = replyPageMetadata;

export default async function PostReplyPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, comment } = await params;
  return <ReplyPage kind="post" slug={slug} segment={comment} />;
}
