import { z } from 'zod';
import { DEFAULT_CACHE_MAX_AGE_SECONDS } from './cache/max-age.mjs';
import { DEFAULT_TAG_HEADERS, listOfUrls, parseTagHeaders } from './cache/shared-cache-config.mjs';

/** A comma-separated list of http(s) base URLs (the Varnish instances to purge). */
const urlList = (name: string) =>
  z
    .string()
    .optional()
    .refine((value) => listOfUrls(value).every((url) => /^https?:\/\/[^/\s]+$/.test(url)), {
      error: `${name} must be comma-separated http:// or https:// addresses with no path, such as http://127.0.0.1:6081,http://varnish2:80`,
    });
const apiUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }).optional();

/**
 * Every environment variable the app reads, validated once. Importing this
 * module with a bad environment throws, so a misconfigured deploy fails at
 * start (scripts/with-db.ts imports it before launching Next) instead of on
 * the first request that needs the value.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set. Run the app through `npm run dev` / `npm start`, which start an embedded PostgreSQL, or set it to a PostgreSQL 15+ URL.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z
    .url('SITE_URL must be an absolute URL such as https://blog.example.com')
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Memory each instance spends keeping image files it has served (lib/media/storage.ts). */
  MEDIA_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(256),
  /** The most a cached page or data entry lives, so a lost invalidation heals (lib/cache/max-age.mjs, decision 014). */
  CACHE_MAX_AGE_SECONDS: z.coerce
    .number({ error: 'CACHE_MAX_AGE_SECONDS must be a whole number of seconds, such as 3600' })
    .int('CACHE_MAX_AGE_SECONDS must be a whole number of seconds, such as 3600')
    .min(1, 'CACHE_MAX_AGE_SECONDS must be at least 1 second')
    .max(31_536_000, 'CACHE_MAX_AGE_SECONDS must be at most one year (31536000)')
    .default(DEFAULT_CACHE_MAX_AGE_SECONDS),
  AUTH_SECRET: z
    .string({ error: 'AUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.' })
    .min(32, 'AUTH_SECRET must be at least 32 characters long'),
  /** Which headers carry a reader response's cache tags (docs/decisions/015-shared-caches-and-purge.md). */
  CACHE_TAG_HEADERS: z
    .string()
    .default(DEFAULT_TAG_HEADERS)
    .superRefine((value, context) => {
      try {
        parseTagHeaders(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: `CACHE_TAG_HEADERS: ${(error as Error).message}` });
      }
    }),
  /** How long shared caches keep a reader page when a purge target is configured (browsers always revalidate). */
  CACHE_SHARED_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(31_536_000).default(3600),
  CACHE_PURGE_VARNISH: urlList('CACHE_PURGE_VARNISH'),
  CACHE_PURGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  CACHE_PURGE_FASTLY_SERVICE_ID: z.string().min(1).optional(),
  CACHE_PURGE_FASTLY_KEY: z.string().min(1).optional(),
  CACHE_PURGE_FASTLY_API_URL: apiUrl('CACHE_PURGE_FASTLY_API_URL'),
  CACHE_PURGE_CLOUDFLARE_ZONE_ID: z.string().min(1).optional(),
  CACHE_PURGE_CLOUDFLARE_TOKEN: z.string().min(1).optional(),
  CACHE_PURGE_CLOUDFLARE_API_URL: apiUrl('CACHE_PURGE_CLOUDFLARE_API_URL'),
  /**
   * The key Next.js encrypts Server Action closures with. Every instance and every build must share it, or a page
   * served by one build cannot post its forms to another during a rolling deploy (decision 016). Next reads it from
   * the environment itself; it is validated here so a deploy without it fails at start with this message.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((key) => key === undefined || [16, 24, 32].includes(Buffer.from(key, 'base64').length), 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes (`openssl rand -base64 32`)'),
  /**
   * Content API requests one key may make per minute on one instance (decision 025): the limit is kept in memory, so a
   * cached answer stays free of queries; with several instances behind a balancer, divide the site-wide budget by their number.
   */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1, 'API_RATE_LIMIT_PER_MINUTE must be at least 1').max(1_000_000).default(600),
  /**
   * Whether webhooks may be sent to loopback, private and link-local addresses (docs/decisions/026-webhooks.md).
   * Off by default, so an admin's endpoint cannot be pointed at the server's own network; tests and a receiver
   * on the same host turn it on.
   */
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: z
    .enum(['true', 'false'], { error: 'WEBHOOKS_ALLOW_PRIVATE_NETWORKS must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * How many proxies in front of the app append to X-Forwarded-For (Varnish, nginx, a load balancer). The client is
   * that many entries from the right end, so whatever a client writes at the left cannot pass for its address (decision 016).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, 'TRUSTED_PROXY_HOPS must be 0 or more').max(10, 'TRUSTED_PROXY_HOPS must be at most 10').default(0),
}).superRefine((value, context) => {
  // Half a CDN configuration would silently purge nothing.
  const pairs = [
    ['CACHE_PURGE_FASTLY_SERVICE_ID', 'CACHE_PURGE_FASTLY_KEY'],
    ['CACHE_PURGE_CLOUDFLARE_ZONE_ID', 'CACHE_PURGE_CLOUDFLARE_TOKEN'],
  ] as const;
  for (const [first, second] of pairs) {
    if (Boolean(value[first]) !== Boolean(value[second])) {
      context.addIssue({ code: 'custom', path: [value[first] ? second : first], message: `${first} and ${second} are set together or not at all` });
    }
  }
});

/** Production (next build, next start, the image) has no generated fallback: a missing key would split the builds' action ids. */
const productionSchema = envSchema.superRefine((value, context) => {
  if (value.NODE_ENV === 'production' && value.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'],
      message:
        'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set. Every build and instance must share one (`openssl rand -base64 32`), or forms break during a rolling deploy.',
    });
  }
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = productionSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** False when SITE_URL fell back to its development default: links meant for elsewhere then point at localhost. */
export const siteUrlIsSet = Boolean(process.env.SITE_URL);
