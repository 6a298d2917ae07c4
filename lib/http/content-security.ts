/**
 * Content-Security-Policy for every response (decision 012), enforced.
 *
 * Reader pages carry no inline script and no framework runtime, so they get
 * a policy with no 'unsafe-inline' or 'unsafe-eval' anywhere. The admin (and
 * sign-in) run the full App Router, whose inline bootstrap scripts carry a
 * per-request nonce that Next.js reads from the policy this proxy forwards.
 */
import { buildStyleHashes } from './build-stylesheets.mjs';

const COMMON = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

let cachedReaderPolicy: string | undefined;

/**
 * Styles: the build's own stylesheets, linked or written into the page by the page cache, and
 * allowed inline only by their hashes (lib/http/build-stylesheets.mjs). Made once, on first use,
 * from the build the server runs.
 */
export function readerPolicy(): string {
  cachedReaderPolicy ??= [...COMMON, "script-src 'self'", ["style-src 'self'", ...buildStyleHashes()].join(' ')].join('; ');
  return cachedReaderPolicy;
}

/**
 * React 19.3 writes `requestAnimationFrame(function(){$RT=performance.now()});` into a prerendered
 * shell without the request's nonce; it is allowed by its hash. (A React upgrade that changes it
 * fails the admin CSP tests in tests/e2e/light-pages.e2e.ts and frameworks-admin.e2e.ts.)
 */
const REACT_REVEAL_TIMER = "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='";

/** `next dev` renders every page with the runtime, whose debugging needs eval (Next's CSP guide). */
const DEV_ONLY = "'unsafe-eval'";

export function appPolicy(nonce: string, { development = false } = {}): string {
  const script = `script-src 'self' 'nonce-${nonce}' ${REACT_REVEAL_TIMER}${development ? ` ${DEV_ONLY}` : ''}`;
  return [...COMMON, script, "style-src 'self' 'unsafe-inline'"].join('; ');
}

/**
 * Paths that render with the App Router's client runtime: the admin everywhere, and under
 * `next dev` every page, since only the production page cache serves reader pages without it.
 */
export function runsClientRuntime(pathname: string, { development = false } = {}): boolean {
  return development || pathname === '/login' || pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/auth/') || pathname.startsWith('/preview/');
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** Two years, as browsers' preload lists ask; only where the site is served over https. */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith('https://') ? 'max-age=63072000; includeSubDomains' : null;
}
