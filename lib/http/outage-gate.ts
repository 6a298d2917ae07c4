import { NextResponse } from 'next/server';
import { OUTAGE_PAGE, RETRY_AFTER_SECONDS } from '@/lib/server/outage-response.mjs';

/**
 * Admin pages render per request and, under Cache Components, send their 200
 * shell before the first query runs, so lib/server/outage-response.mjs never
 * sees a 500 to turn into a 503 (decision 016). They always need the database,
 * so proxy.ts asks first: one `select 1` a second at most, on the server's own
 * probe connection (scripts/serve.mjs). Reader pages are not gated: the cache
 * may well answer them.
 */
export async function databaseIsDown(): Promise<boolean> {
  const probe = (globalThis as { __musingsDatabaseProbe?: { reachable(): Promise<boolean> } }).__musingsDatabaseProbe;
  return probe ? !(await probe.reachable()) : false;
}

export function needsDatabaseFirst(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && (pathname === '/admin' || pathname.startsWith('/admin/'));
}

export function outageResponse(): NextResponse {
  return new NextResponse(OUTAGE_PAGE, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  });
}
