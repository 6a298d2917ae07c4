// @ts-check
import postgres from 'postgres';

/**
 * A cheap answer to "can the database be reached right now?", used only when
 * a response has already gone wrong (lib/server/outage-response.mjs), so a
 * page view never pays for it. One connection of its own, so a full app pool
 * does not read as an outage; the answer is kept for a second, so a burst of
 * failing requests during an outage costs one probe.
 * @param {string} url
 */
export function createDatabaseProbe(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 10, onnotice: () => {}, connection: { application_name: 'musings-probe' } });
  /** @type {{ at: number, reachable: Promise<boolean>, settled: boolean | null } | null} */
  let last = null;
  const probe = () => {
    const entry = { at: Date.now(), reachable: Promise.resolve(false), settled: /** @type {boolean | null} */ (null) };
    entry.reachable = sql`select 1`.then(
      () => (entry.settled = true),
      () => (entry.settled = false),
    );
    last = entry;
    return entry.reachable;
  };
  return {
    /**
     * For proxy.ts before an admin page: any answer of the last second will do.
     * @returns {Promise<boolean>}
     */
    reachable() {
      if (last && Date.now() - last.at < 1000) return last.reachable;
      return probe();
    },
    /**
     * For a response that has already failed: "reachable" from before the failure proves nothing (the
     * database may have gone since), so only a probe in flight or a recent "unreachable" is reused.
     * @returns {Promise<boolean>}
     */
    reachableNow() {
      if (last && (last.settled === null || (last.settled === false && Date.now() - last.at < 1000))) return last.reachable;
      return probe();
    },
    close: () => sql.end({ timeout: 2 }),
  };
}

/**
 * The probe of this process, for proxy.ts (lib/http/outage-gate.ts): Next bundles the proxy apart from the server
 * entry, so it is shared on globalThis. Absent under `next dev`, where nothing is gated.
 * @param {{ reachable(): Promise<boolean> }} probe
 */
export function shareDatabaseProbe(probe) {
  /** @type {{ __musingsDatabaseProbe?: { reachable(): Promise<boolean> } }} */ (globalThis).__musingsDatabaseProbe = probe;
}
