import { cacheForReaders } from '@/lib/reader/schedule';
import { ReplyPage, replyPageMetadata } from '@/app/(site)/_comments/comment-pages';

type Props = { params: Promise<{ slug: string; comment: string }> };

export async function generateStaticParams() {
  return [{ slug: 'laravel', comment: '1' }];
}

export const generateMetadata = replyPageMetadata;

export default async function FrameworkReplyPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug, comment } = await params;
  return <ReplyPage kind="framework" slug={slug} segment={comment} />;
}
