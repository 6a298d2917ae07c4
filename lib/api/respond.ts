import { noneMatchFails } from '@/lib/cache/route-validators.mjs';
import type { ApiDocument } from './documents';
import type { Budget } from './rate-limit';

/**
 * How the content API answers. Every answer depends on the key sent with it, so a shared cache
 * must not keep it for others: documents are `private, no-cache` (a client revalidates with its
 * ETag and gets a 304), and errors `no-store` (decision 025).
 */
const JSON_TYPE = 'application/json; charset=utf-8';

export type ApiErrorCode = 'missing_key' | 'invalid_key' | 'rate_limited' | 'bad_request' | 'not_found' | 'method_not_allowed' | 'unavailable' | 'internal_error';

export function apiError(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers } });
}

export function rateLimitHeaders(budget: Budget): Record<string, string> {
  return { 'RateLimit-Limit': String(budget.limit), 'RateLimit-Remaining': String(budget.remaining), 'RateLimit-Reset': String(budget.resetSeconds) };
}

export function documentResponse(request: Request, document: ApiDocument, headers: Record<string, string> = {}): Response {
  const shared = { ETag: document.etag, 'Cache-Control': 'private, no-cache', Vary: 'Authorization, X-Api-Key', ...headers };
  if (noneMatchFails(request.headers.get('if-none-match'), document.etag)) return new Response(null, { status: 304, headers: shared });
  return new Response(request.method === 'HEAD' ? null : document.json, { headers: { 'Content-Type': JSON_TYPE, ...shared } });
}

export function movedResponse(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 308, headers: { Location: location, 'Cache-Control': 'no-store', ...headers } });
}
