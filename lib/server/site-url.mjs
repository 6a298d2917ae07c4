/**
 * Every link the site writes for elsewhere (share buttons, canonical URLs,
 * feeds, the sitemap) is built from SITE_URL. Without it they say
 * http://localhost:3000, so a production server says so at start and on the
 * admin dashboard (lib/env.ts, app/admin/page.tsx).
 */
export const SITE_URL_WARNING =
  'SITE_URL is not set: share links, canonical URLs, the feeds and the sitemap will point at http://localhost:3000. Set SITE_URL to the public address (https://blog.example.com) and restart.';
