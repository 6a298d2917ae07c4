import { feedResponse } from '@/lib/http/feed-response';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return feedResponse({ kind: 'author', slug: (await params).slug }, 'rss');
}
