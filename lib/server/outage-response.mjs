// @ts-check
/**
 * Turns Next's 500 for a request the database could not serve into an honest
 * 503 with Retry-After and a friendly page (decision 016). A Server Component
 * cannot choose its status, and proxy.ts runs before the render, so it cannot
 * know whether the page will come from the cache (served, outage or not) or
 * need the database. So the decision is made here, after the fact: a 500 is
 * held back (status, headers and body), the database is probed, and either
 * the 503 page replaces it or the 500 goes out as it was.
 */

import { STATUS_PAGE_POLICY, statusPage } from './status-page.mjs';

export const RETRY_AFTER_SECONDS = 30;

export const OUTAGE_PAGE = statusPage({
  title: 'Back in a moment',
  paragraphs: [
    'This page cannot be shown right now: the site cannot reach its database. Pages you have read recently still work.',
    'Please try again in a minute. If you were writing something, go back: your text is still in the form.',
  ],
  link: { href: '/', text: 'Go to the home page' },
});
export const OUTAGE_TEXT = 'The site cannot reach its database right now, so this request could not be answered. Nothing was saved; please try again in a minute.';

/** Headers of the held response that describe its body, which is replaced. */
const BODY_HEADERS = ['content-encoding', 'content-length', 'content-type', 'etag', 'transfer-encoding', 'vary', 'x-nextjs-cache', 'cache-control'];

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => Promise<boolean>} databaseIsDown
 */
export function answerOutagesWith503(request, response, databaseIsDown) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  /** @type {{ args: unknown[], chunks: unknown[][] } | null} */
  let held = null;

  /** @type {any} */ (response).writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...args) {
    // Node and the compression layer call writeHead again on every write while headers look unsent: keep holding.
    if (held !== null) return response;
    if (status === 500) {
      held = { args, chunks: [] };
      return response;
    }
    return Reflect.apply(original.writeHead, response, [status, ...args]);
  };
  /** @type {any} */ (response).write = function (/** @type {unknown[]} */ ...args) {
    if (held === null) return Reflect.apply(original.write, response, args);
    held.chunks.push(args);
    const callback = args.find((arg) => typeof arg === 'function');
    if (callback) queueMicrotask(() => callback());
    return true;
  };
  /** @type {any} */ (response).end = function (/** @type {unknown[]} */ ...args) {
    if (held === null) return Reflect.apply(original.end, response, args);
    const kept = held;
    Object.assign(response, original);
    databaseIsDown().then(
      (down) => (down ? sendOutage(request, response) : replay(response, kept, args)),
      () => replay(response, kept, args),
    );
    return response;
  };
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {{ args: unknown[], chunks: unknown[][] }} held
 * @param {unknown[]} endArgs
 */
function replay(response, held, endArgs) {
  Reflect.apply(response.writeHead, response, [500, ...held.args]);
  for (const chunk of held.chunks) Reflect.apply(response.write, response, chunk);
  Reflect.apply(response.end, response, endArgs);
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function sendOutage(request, response) {
  if (response.headersSent) return response.end();
  for (const name of BODY_HEADERS) response.removeHeader(name);
  const html = /text\/html/.test(request.headers.accept ?? '') && !request.headers['next-action'];
  const body = html ? OUTAGE_PAGE : OUTAGE_TEXT;
  response.writeHead(503, {
    'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': STATUS_PAGE_POLICY,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
