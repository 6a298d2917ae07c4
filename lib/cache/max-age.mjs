// @ts-check
/**
 * The most any cache entry (page or data) lives, invalidated or not, so that an invalidation
 * lost on the way (a NOTIFY sent while an instance was not listening) heals by itself.
 *
 * The cache handlers are plain modules Next loads on its own, so they read the variable here;
 * lib/env.ts validates the same variable at start (scripts/with-db.ts imports it), so a bad value
 * stops the app with a message instead of being replaced by the default.
 */
export const DEFAULT_CACHE_MAX_AGE_SECONDS = 3600;

/** @param {Record<string, string | undefined>} source */
export function cacheMaxAgeMs(source = process.env) {
  const seconds = Number(source.CACHE_MAX_AGE_SECONDS);
  return (Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_CACHE_MAX_AGE_SECONDS) * 1000;
}
