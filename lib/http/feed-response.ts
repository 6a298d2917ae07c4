import { FEED_CONTENT_TYPES, feedPath, type FeedFormat, type FeedScope } from '@/lib/feeds';
import { readFeed } from '@/lib/reader/feed';
import { readTaxonomyRedirect } from '@/lib/reader/posts';

/**
 * A feed route's answer: the cached feed with its media type; for a category or tag renamed or
 * merged away, a permanent redirect to its feed under the new slug (decision 021); otherwise a
 * plain 404 for a scope readers cannot see.
 */
export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const body = await readFeed(scope, format);
  if (body !== null) return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
  // Author slugs never change (decision 023), so only categories and tags can have moved.
  const movedTo = scope.kind === 'category' || scope.kind === 'tag' ? await readTaxonomyRedirect(scope.kind, scope.slug) : null;
  if (movedTo !== null && (scope.kind === 'category' || scope.kind === 'tag')) return new Response(null, { status: 308, headers: { Location: feedPath({ kind: scope.kind, slug: movedTo }, format) } });
  return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
