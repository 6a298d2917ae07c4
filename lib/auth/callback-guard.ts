import type { NextRequest } from 'next/server';
import { isSameSiteCallback } from '@/lib/validation/sign-in';

/** Where Auth.js reads a callback URL from: the query, a posted form, and its own cookie. */
const CALLBACK_FIELD = 'callbackUrl';
const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

async function postedCallback(request: NextRequest): Promise<string | null> {
  if (request.method !== 'POST') return null;
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return null;
  try {
    const value = (await request.clone().formData()).get(CALLBACK_FIELD);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * A 400 that names the parameter, for a request whose callback URL is not on
 * this site; null when the request may go on to Auth.js. A bad cookie is
 * cleared, so the browser that carries it recovers on its next request.
 */
export async function refuseForeignCallback(request: NextRequest): Promise<Response | null> {
  const origin = request.nextUrl.origin;
  const fromRequest = [...request.nextUrl.searchParams.getAll(CALLBACK_FIELD), await postedCallback(request)];
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== '' && !isSameSiteCallback(value, origin);
  });
  const badParameter = fromRequest.some((value) => value !== null && value !== '' && !isSameSiteCallback(value, origin));
  if (!badParameter && badCookies.length === 0) return null;
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  for (const name of badCookies) headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`);
  return new Response('callbackUrl must be a path on this site, such as /admin.', { status: 400, headers });
}
