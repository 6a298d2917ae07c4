// @ts-check
/**
 * One adapter per kind of shared cache. Each purges a list of (header-safe)
 * tags and throws when the cache did not confirm it.
 *
 * The slot for another CDN: write a `{ name, purge(tags, signal) }` here that
 * sends the same names its tag header carries (lib/cache/shared-cache.mjs),
 * and add it to `purgeAdapters` with its variables in purge/config.mjs and
 * lib/env.ts.
 */

/** @typedef {{ name: string, purge(tags: string[], signal: AbortSignal): Promise<void> }} PurgeAdapter */

/**
 * Splits tags into batches of at most `count` names and `bytes` when joined.
 * @param {string[]} tags @param {{ count: number, bytes: number }} limit
 */
export function batchesOf(tags, limit) {
  /** @type {string[][]} */
  const batches = [];
  let current = /** @type {string[]} */ ([]);
  let size = 0;
  for (const tag of tags) {
    const bytes = Buffer.byteLength(tag) + 1;
    if (current.length > 0 && (current.length >= limit.count || size + bytes > limit.bytes)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(tag);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** @param {Response} response @param {string} what */
async function expectOk(response, what) {
  if (response.ok) return;
  const text = (await response.text()).slice(0, 200);
  throw new Error(`${what} answered ${response.status}${text ? `: ${text}` : ''}`);
}

/**
 * Varnish with vmod xkey (deploy/varnish/musings.vcl): `PURGE /` with the tags
 * space-separated in `xkey-purge`, accepted only from its ACL.
 * @param {string} baseUrl @returns {PurgeAdapter}
 */
export function varnishAdapter(baseUrl) {
  return {
    name: `Varnish ${baseUrl}`,
    async purge(tags, signal) {
      for (const batch of batchesOf(tags, { count: 1000, bytes: 4000 })) {
        await expectOk(await fetch(`${baseUrl}/`, { method: 'PURGE', headers: { 'xkey-purge': batch.join(' ') }, signal }), 'Varnish');
      }
    },
  };
}

/**
 * Fastly: purge by surrogate key, up to 256 keys a request.
 * https://www.fastly.com/documentation/reference/api/purging/#bulk-purge-tag
 * @param {{ serviceId: string, key: string, apiUrl: string }} config @returns {PurgeAdapter}
 */
export function fastlyAdapter({ serviceId, key, apiUrl }) {
  const url = `${apiUrl}/service/${encodeURIComponent(serviceId)}/purge`;
  return {
    name: 'Fastly',
    async purge(tags, signal) {
      for (const batch of batchesOf(tags, { count: 256, bytes: 8000 })) {
        const headers = { 'Fastly-Key': key, 'Surrogate-Key': batch.join(' '), Accept: 'application/json' };
        await expectOk(await fetch(url, { method: 'POST', headers, signal }), 'Fastly');
      }
    },
  };
}

/**
 * Cloudflare: purge by cache tag, up to 30 tags a request.
 * https://developers.cloudflare.com/api/resources/cache/methods/purge/
 * @param {{ zoneId: string, token: string, apiUrl: string }} config @returns {PurgeAdapter}
 */
export function cloudflareAdapter({ zoneId, token, apiUrl }) {
  const url = `${apiUrl}/client/v4/zones/${encodeURIComponent(zoneId)}/purge_cache`;
  return {
    name: 'Cloudflare',
    async purge(tags, signal) {
      for (const batch of batchesOf(tags, { count: 30, bytes: 16_000 })) {
        const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
        const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ tags: batch }), signal });
        await expectOk(response, 'Cloudflare');
        const answer = /** @type {{ success?: boolean, errors?: unknown[] }} */ (await response.json());
        if (answer.success !== true) throw new Error(`Cloudflare refused the purge: ${JSON.stringify(answer.errors ?? answer).slice(0, 200)}`);
      }
    },
  };
}

/** @param {import('../shared-cache-config.mjs').PurgeTargets} targets @returns {PurgeAdapter[]} */
export function purgeAdapters(targets) {
  return [
    ...targets.varnish.map(varnishAdapter),
    ...(targets.fastly ? [fastlyAdapter(targets.fastly)] : []),
    ...(targets.cloudflare ? [cloudflareAdapter(targets.cloudflare)] : []),
  ];
}
