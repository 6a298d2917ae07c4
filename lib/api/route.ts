import { unstable_rethrow } from 'next/navigation';
import { isDatabaseUnavailable } from '@/lib/data/pg-errors';
import { env } from '@/lib/env';
import { RETRY_AFTER_SECONDS } from '@/lib/server/outage-response.mjs';
import type { ApiAnswer } from './documents';
import { isSlug } from '@/lib/slug';
import { checkApiKey } from './keys';
import { noQuery, parseQuery } from './query';
import { RateLimiter } from './rate-limit';
import { apiError, documentResponse, movedResponse, rateLimitHeaders } from './respond';

/** One limiter per server process, shared by every route's bundle (Next may load this module once per route). */
function limiter(): RateLimiter {
  const holder = globalThis as { __musingsApiLimiter?: RateLimiter };
  holder.__musingsApiLimiter ??= new RateLimiter(env.API_RATE_LIMIT_PER_MINUTE);
  return holder.__musingsApiLimiter;
}

type Produce<Params> = (request: Request, params: Params) => Promise<ApiAnswer | Response>;

/**
 * A content API route: the key is checked and counted first (so an invalid request still spends
 * nothing but a hash), then the cached document is read and answered with its ETag. A database
 * that is down while the document is not cached is a 503 with Retry-After, never a stack trace.
 */
export function apiRoute<Params = Record<string, never>>(produce: Produce<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const key = await checkApiKey(request.headers);
      if (!key.ok) return apiError(401, key.code, key.message, { 'WWW-Authenticate': 'Bearer realm="content-api"' });
      const budget = limiter().take(key.keyId);
      const limitHeaders = rateLimitHeaders(budget);
      if (!budget.allowed) {
        return apiError(429, 'rate_limited', `This key made more than ${budget.limit} requests in a minute. Try again in ${budget.retryAfterSeconds} s.`, { ...limitHeaders, 'Retry-After': String(budget.retryAfterSeconds) });
      }
      const answer = await produce(request, await context.params);
      if (answer instanceof Response) return answer;
      if ('notFound' in answer) return apiError(404, 'not_found', answer.notFound, limitHeaders);
      if ('movedTo' in answer) return movedResponse(answer.movedTo, limitHeaders);
      return documentResponse(request, answer.document, limitHeaders);
    } catch (error) {
      // Next's own signals (a prerender bailing out at the first header read) are not failures.
      unstable_rethrow(error);
      if (isDatabaseUnavailable(error)) {
        return apiError(503, 'unavailable', 'The site cannot reach its database right now and this answer is not cached. Try again in a minute.', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
      }
      console.error('content API:', error);
      return apiError(500, 'internal_error', 'Something went wrong on our side while answering; it was logged.');
    }
  };
}

/** A route that takes no query parameters and answers one cached document. */
export function documentRoute(read: () => Promise<ApiAnswer>) {
  return apiRoute(async (request) => {
    const query = parseQuery(noQuery, new URL(request.url).searchParams);
    return query.ok ? read() : apiError(400, 'bad_request', query.message);
  });
}

/** `/…/{slug}`: a segment that is not a slug cannot name anything, so it is a 404 before any read. */
export function slugRoute(read: (slug: string) => Promise<ApiAnswer>) {
  return apiRoute<{ slug: string }>(async (request, { slug }) => {
    const query = parseQuery(noQuery, new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, 'bad_request', query.message);
    return isSlug(slug) ? read(slug) : { notFound: `“${slug}” is not a slug, so nothing has it.` };
  });
}
