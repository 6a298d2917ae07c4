import { FEED_CONTENT_TYPES, type FeedFormat, type FeedScope } from '@/lib/feeds';
import { readFeed } from '@/lib/reader/feed';

/** A feed route's answer: the cached feed with its media type, or a plain 404 for a scope readers cannot see. */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const body = await readFeed(scope, format);
  if (body === null) return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}
