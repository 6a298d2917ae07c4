import { z } from 'zod';
import { DEFAULT_CACHE_MAX_AGE_SECONDS } from './cache/max-age.mjs';

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
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
