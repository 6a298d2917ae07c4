import { isFeedPath } from '@/lib/feeds';
import { ACTION_BODY_LIMIT_BYTES } from './limits.mjs';

/**
 * The transport-level checks in front of every route: a request refused here
 * gets an honest 4xx with a message, where Next.js would answer with a 500 or,
 * worse, cache its error as the page. Pure functions of the request line and
 * headers (see proxy.ts); the Server Actions and route handlers still check
 * the session, role and every field themselves.
 */
export interface Refusal {
  status: 400 | 403 | 404 | 405 | 411 | 413;
  message: string;
  headers?: Record<string, string>;
}

/** Route handlers that only ever answer GET (and HEAD): the cached feeds (isFeedPath), the content API, and the never-cached health checks. */
const READ_ONLY_ROUTES = new Set(['/sitemap.xml', '/robots.txt', '/healthz', '/readyz']);
const READ = ['GET', 'HEAD'];
/** Pages answer GET, and POST for the Server Actions of their forms. */
const PAGE_METHODS = ['GET', 'HEAD', 'POST'];

/** The read-only content API (decision 025): its refusals are JSON, like its answers. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api/v1' || pathname.startsWith('/api/v1/');
}

const BODY_LIMIT_TEXT = `${ACTION_BODY_LIMIT_BYTES / (1024 * 1024)} MB`;

export function refuseMethod(method: string, pathname: string): Refusal | null {
  const allowed = READ_ONLY_ROUTES.has(pathname) || isFeedPath(pathname) || pathname.startsWith('/media/') || isApiPath(pathname) ? READ : PAGE_METHODS;
  if (allowed.includes(method)) return null;
  return {
    status: 405,
    message: `${method} is not allowed here; this address answers ${allowed.join(', ')}.`,
    headers: { Allow: allowed.join(', ') },
  };
}

/** Next's own test for a request it may treat as a Server Action (a fetch action, or a form post). */
export function mayBeServerAction(method: string, headers: Headers): boolean {
  if (method !== 'POST') return false;
  if (headers.has('next-action')) return true;
  const type = headers.get('content-type') ?? '';
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

/**
 * The host Next.js compares the Origin with: the first X-Forwarded-Host, else
 * Host (next/dist/server/app-render/action-handler.js, parseHostHeader).
 */
function expectedHost(headers: Headers): string | undefined {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || undefined;
}

/** The host of an Origin header, or null when it is not an address. */
export function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A Server Action request Next.js would fail with a 500 (cross-site, a body
 * over its limit) or that is not one of ours to take (a "use cache" function
 * called as an action).
 */
export function refuseActionRequest(headers: Headers): Refusal | null {
  const origin = headers.get('origin');
  if (origin !== null) {
    const host = origin === 'null' ? 'null' : originHost(origin);
    if (host === null) return { status: 400, message: 'The Origin header of this form submission is not a valid address.' };
    if (host !== expectedHost(headers)) {
      return { status: 403, message: 'This form was sent from another site, so it was refused. Please use the form on this site.' };
    }
  }
  const length = headers.get('content-length');
  if (length === null) {
    if (headers.has('transfer-encoding')) return { status: 411, message: 'A form submission must say its length (Content-Length).' };
  } else if (!/^\d{1,16}$/.test(length)) {
    return { status: 400, message: 'The Content-Length header is not a number.' };
  } else if (Number(length) > ACTION_BODY_LIMIT_BYTES) {
    return {
      status: 413,
      message: `The form is larger than the ${BODY_LIMIT_TEXT} the server accepts, so nothing was saved. Please shorten the text and send it again.`,
    };
  }
  const actionId = headers.get('next-action');
  if (actionId !== null && isCacheFunctionId(actionId)) return { status: 404, message: 'There is no such action.' };
  return null;
}

/**
 * Next.js registers every "use cache" function as a server reference, so it
 * could be called as a Server Action with any arguments. Their ids carry the
 * type in the top bit of the first byte (next/dist/shared/lib/server-reference-info.js):
 * 1 for "use cache", 0 for a Server Action.
 */
export function isCacheFunctionId(id: string): boolean {
  if (!/^[0-9a-f]{2}/i.test(id)) return false;
  return (parseInt(id.slice(0, 2), 16) & 0x80) !== 0;
}
