// @ts-check
/**
 * Purges an edit's cache tags from the shared caches in front of the app
 * (Varnish, Fastly, Cloudflare), from the instance that made the edit, after
 * its own invalidation and its NOTIFY to the other instances. It never holds
 * up or fails the edit: purges run in the background with a bounded timeout,
 * and a failure is logged. See docs/decisions/015-shared-caches-and-purge.md.
 */
import { headerSafeTag } from '../shared-cache.mjs';
import { purgeAdapters } from './adapters.mjs';
import { purgeTargets } from '../shared-cache-config.mjs';

/**
 * A second pass after this long. A shared cache may refill from an instance that
 * has not applied the NOTIFY yet, or store a fetch that began before the purge;
 * both windows are one render long, and the second purge ends what they stored.
 */
export const SECOND_PASS_AFTER_MS = 2000;

/**
 * Purges the tags at every adapter, in parallel, each bounded by the timeout.
 * @param {import('./adapters.mjs').PurgeAdapter[]} adapters @param {string[]} tags @param {number} timeoutMs
 * @returns {Promise<Array<{ name: string, error?: string }>>}
 */
export async function purgeEverywhere(adapters, tags, timeoutMs) {
  return Promise.all(
    adapters.map(async (adapter) => {
      try {
        await adapter.purge(tags, AbortSignal.timeout(timeoutMs));
        return { name: adapter.name };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.warn(`Cache purge at ${adapter.name} failed (${tags.length} tags); shared caches keep the old pages until their s-maxage: ${message}`);
        return { name: adapter.name, error: message };
      }
    }),
  );
}

/**
 * Collects the tags of one edit (its updateTag calls arrive one by one, and
 * both cache handlers publish them) and purges them once, on the next turn.
 * @param {Record<string, string | undefined>} env
 * @param {{ secondPassAfterMs?: number }} [options]
 */
export function createSharedCachePurger(env, { secondPassAfterMs = SECOND_PASS_AFTER_MS } = {}) {
  const targets = purgeTargets(env);
  const adapters = purgeAdapters(targets);
  /** @type {Set<string>} */
  const pending = new Set();
  /** @param {string[]} tags */
  const run = (tags) => purgeEverywhere(adapters, tags, targets.timeoutMs);
  function flush() {
    const tags = [...pending];
    pending.clear();
    void run(tags);
    setTimeout(() => void run(tags), secondPassAfterMs).unref();
  }
  return {
    enabled: adapters.length > 0,
    /** @param {string[]} tags */
    purge(tags) {
      if (adapters.length === 0 || tags.length === 0) return;
      if (pending.size === 0) setImmediate(flush);
      for (const tag of tags) pending.add(headerSafeTag(tag));
    },
  };
}

/**
 * The process's purger (Next may load the cache handlers more than once).
 * @param {string[]} tags
 */
export function purgeSharedCaches(tags) {
  const holder = /** @type {{ __musingsPurger?: ReturnType<typeof createSharedCachePurger> }} */ (globalThis);
  holder.__musingsPurger ??= createSharedCachePurger(process.env);
  holder.__musingsPurger.purge(tags);
}
