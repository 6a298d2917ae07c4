// @ts-check
/**
 * The shared-cache settings, read from the environment that lib/env.ts has
 * already validated at start (it uses these same parsers): which headers
 * carry the tags, and where an edit's tags are purged.
 */

/** Which response header carries the tags for which cache. */
export const TAG_HEADERS = /** @type {const} */ ({ xkey: 'Varnish (vmod xkey)', 'surrogate-key': 'Fastly', 'cache-tag': 'Cloudflare' });
/** @typedef {keyof typeof TAG_HEADERS} TagHeader */
export const DEFAULT_TAG_HEADERS = 'xkey,surrogate-key,cache-tag';

export const DEFAULT_SHARED_MAX_AGE_SECONDS = 3600;

/**
 * @param {string} value a comma-separated list, such as `xkey,cache-tag`; empty sends none
 * @returns {TagHeader[]}
 */
export function parseTagHeaders(value) {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in TAG_HEADERS));
  if (unknown.length) throw new Error(`unknown header ${unknown.join(', ')}; choose from ${Object.keys(TAG_HEADERS).join(', ')}`);
  return /** @type {TagHeader[]} */ ([...new Set(names)]);
}

/**
 * @typedef {{ tagHeaders: TagHeader[], sharedMaxAgeSeconds: number | null }} SharedCachePolicy
 * sharedMaxAgeSeconds is null when nothing would purge a shared cache: then it must revalidate too.
 */

/** @param {Record<string, string | undefined>} env @returns {SharedCachePolicy} */
export function sharedCachePolicy(env) {
  const maxAge = Number(env.CACHE_SHARED_MAX_AGE_SECONDS ?? DEFAULT_SHARED_MAX_AGE_SECONDS);
  return { tagHeaders: parseTagHeaders(env.CACHE_TAG_HEADERS ?? DEFAULT_TAG_HEADERS), sharedMaxAgeSeconds: hasPurgeTarget(env) ? maxAge : null };
}


export const DEFAULT_PURGE_TIMEOUT_MS = 2000;
export const FASTLY_API = 'https://api.fastly.com';
export const CLOUDFLARE_API = 'https://api.cloudflare.com';

/**
 * @typedef {{ varnish: string[],
 *   fastly: { serviceId: string, key: string, apiUrl: string } | null,
 *   cloudflare: { zoneId: string, token: string, apiUrl: string } | null,
 *   timeoutMs: number }} PurgeTargets
 */

/** @param {string | undefined} value */
export function listOfUrls(value) {
  return (value ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** @param {Record<string, string | undefined>} env @returns {PurgeTargets} */
export function purgeTargets(env) {
  const { CACHE_PURGE_FASTLY_SERVICE_ID: serviceId, CACHE_PURGE_FASTLY_KEY: key } = env;
  const { CACHE_PURGE_CLOUDFLARE_ZONE_ID: zoneId, CACHE_PURGE_CLOUDFLARE_TOKEN: token } = env;
  return {
    varnish: listOfUrls(env.CACHE_PURGE_VARNISH),
    fastly: serviceId && key ? { serviceId, key, apiUrl: listOfUrls(env.CACHE_PURGE_FASTLY_API_URL)[0] ?? FASTLY_API } : null,
    cloudflare: zoneId && token ? { zoneId, token, apiUrl: listOfUrls(env.CACHE_PURGE_CLOUDFLARE_API_URL)[0] ?? CLOUDFLARE_API } : null,
    timeoutMs: Number(env.CACHE_PURGE_TIMEOUT_MS ?? DEFAULT_PURGE_TIMEOUT_MS),
  };
}

/** @param {Record<string, string | undefined>} env */
export function hasPurgeTarget(env) {
  const targets = purgeTargets(env);
  return targets.varnish.length > 0 || targets.fastly !== null || targets.cloudflare !== null;
}
