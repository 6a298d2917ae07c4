import { readPostListDocument } from '@/lib/api/documents';
import { postListQuery, parseQuery } from '@/lib/api/query';
import { apiError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';

/** Public posts, newest first: `?category=`, `?tag=`, `?author=`, `?page=`, `?per_page=` (at most 50). */
export const GET = apiRoute(async (request) => {
  const query = parseQuery(postListQuery, new URL(request.url).searchParams);
  if (!query.ok) return apiError(400, 'bad_request', query.message);
  const { category, tag, author, page, per_page } = query.value;
  return readPostListDocument({ categorySlug: category, tagSlug: tag, authorSlug: author, page, perPage: per_page });
});
export const HEAD = GET;
