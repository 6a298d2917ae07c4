// @ts-check
/**
 * Closes Next's render-coalescing window (decision 014).
 *
 * Next's response cache joins every request for a page onto the render of that page already in
 * flight (next/dist/server/response-cache, its getBatcher). Joined requests never reach the page
 * cache handler, so the handler cannot refuse them a result. A render that read the database
 * before an edit would answer requests made after it.
 *
 * The page cache handler records here when a render of a key begins (its cache miss) and ends
 * (its set), and when anything was last invalidated. proxy.ts runs in the same process before
 * the response cache and, for a GET of a reader page, waits until any render of that page that
 * began at or before the latest invalidation has ended. That render is then not kept (it is
 * dated by its start, see page-cache-handler.mjs), so the request misses and renders afresh.
 * Nothing in flight, or nothing invalidated since it began: no wait at all.
 *
 * The state lives on globalThis because proxy.ts and the cache handler are separate bundles
 * (separate module instances) in one process.
 */

/**
 * A render or fill older than this no longer counts as in flight: one that threw never reports
 * its end (Next stores nothing), and must not hold requests back or date entries for ever.
 * Renders here take 50-200 ms, about 3 s under heavy load.
 */
const IN_FLIGHT_LIMIT_MS = 10_000;

/**
 * @typedef {{ startedAt: number, ended: Promise<void>, end: () => void }} Render
 * @typedef {{ startedAt: number, datedAt: number }} Fill
 * @typedef {{ renders: Map<string, Render>, fills: Map<string, Fill>, lastInvalidationAt: number }} GateState
 */

function state() {
  const holder = /** @type {{ __musingsRenderGate?: GateState }} */ (globalThis);
  holder.__musingsRenderGate ??= { renders: new Map(), fills: new Map(), lastInvalidationAt: 0 };
  return holder.__musingsRenderGate;
}

/**
 * "use cache" has the same window one level down: a fill (a "use cache" function computing its
 * entry) is joined by every request that asks for the same entry meanwhile (Next's
 * crossRequestPendingCacheInvocations). So a page render, or an outer fill, may receive data a
 * fill read before an edit. Whatever starts while fills are in flight is therefore dated by the
 * earliest of them: if an invalidation came after that, the result is not kept.
 * @param {number} now
 */
function earliestFillInFlight(now) {
  let earliest = now;
  for (const [key, fill] of state().fills) {
    if (now - fill.startedAt > IN_FLIGHT_LIMIT_MS) state().fills.delete(key);
    else earliest = Math.min(earliest, fill.datedAt);
  }
  return earliest;
}

/**
 * The data cache missed `key`: its fill begins now.
 * @param {string} key
 */
export function fillStarted(key) {
  const now = Date.now();
  state().fills.set(key, { startedAt: now, datedAt: earliestFillInFlight(now) });
}

/**
 * The fill of `key` ended; returns the time its entry must be dated by at the latest.
 * @param {string} key
 */
export function fillEnded(key) {
  const { fills } = state();
  const fill = fills.get(key);
  fills.delete(key);
  return fill?.datedAt ?? earliestFillInFlight(Date.now());
}

/**
 * The page path a cache key stands for. Next stores a page under
 * `/route-cache/<kind>/<hash of its route>/$<path>` (next/dist/server/lib/route-cache-key.js),
 * with `/` as `/index`; the proxy only knows the path.
 * @param {string} key
 */
export function pathOfKey(key) {
  const at = key.indexOf('/$');
  return key.startsWith('/route-cache/') && at >= 0 ? key.slice(at + 2) : key;
}

/**
 * A GET missed the page cache for `key`: its render begins now. Returns the time its page is
 * dated by: now, or the start of the earliest "use cache" fill it may join.
 * @param {string} cacheKey
 */
export function renderStarted(cacheKey) {
  const { renders } = state();
  const key = pathOfKey(cacheKey);
  // A new miss for the key means the batch before it is over, whether or not it stored anything.
  renders.get(key)?.end();
  /** @type {() => void} */
  let end = () => {};
  const ended = new Promise((resolve) => {
    // Released on a later macrotask: by then Next's batcher has let go of the finished render,
    // so the waiting request starts a new one instead of joining the old one.
    end = () => {
      if (renders.get(key) === render) renders.delete(key);
      setImmediate(resolve);
    };
  });
  const render = { startedAt: earliestFillInFlight(Date.now()), ended: /** @type {Promise<void>} */ (ended), end };
  renders.set(key, render);
  return render.startedAt;
}

/**
 * The render of `key` handed its result to the cache (kept or refused).
 * @param {string} key
 */
export function renderEnded(key) {
  state().renders.get(pathOfKey(key))?.end();
}

/**
 * Something was invalidated, here or on another instance.
 * @param {{ everything?: boolean }} [how] everything: the fan-out reconnected after missing messages
 */
export function invalidatedNow({ everything = false } = {}) {
  const gate = state();
  gate.lastInvalidationAt = Date.now();
  // After an outage the renders still recorded as in flight are mostly ones that failed with the
  // database and will never report their end; waiting for them would only hold readers back. Their
  // results, should any arrive, are not kept: they are dated before the cache was cleared.
  if (everything) for (const render of [...gate.renders.values()]) render.end();
}

/**
 * The cache keys Next uses for a page at this pathname: the decoded path, `/index` for `/`.
 * @param {string} pathname
 */
export function cacheKeysFor(pathname) {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // proxy.ts answers a malformed escape with a 400 before this is asked
  }
  const trimmed = (/** @type {string} */ path) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  const keys = new Set([trimmed(pathname), trimmed(decoded)]);
  if (keys.has('/')) keys.add('/index');
  return [...keys];
}

/**
 * Whether a GET of this path may be answered by a page the cache keeps. The admin, sign-in, the
 * APIs and the health checks render per request and never hand a result to the cache, so their
 * misses look "in flight" until IN_FLIGHT_LIMIT_MS: after any edit, the admin's next page load
 * (the redirect after a save) waited those 10 s.
 * @param {string} pathname
 */
export function mayBeCachedPage(pathname) {
  return !/^\/(?:admin|login|api|healthz|readyz)(?:\/|$)/.test(pathname);
}

/**
 * Resolves once no render of this page that began at or before the latest invalidation is in
 * flight, or once it has been in flight for IN_FLIGHT_LIMIT_MS. Resolves at once (no timer, no allocation) when there is none.
 * @param {string} pathname
 * @returns {Promise<void> | null} null when there is nothing to wait for
 */
export function staleRenderOf(pathname) {
  const { renders, lastInvalidationAt } = state();
  if (renders.size === 0) return null;
  const now = Date.now();
  /** @type {Render[]} */
  const stale = [];
  for (const key of cacheKeysFor(pathname)) {
    const render = renders.get(key);
    if (!render) continue;
    if (now - render.startedAt > IN_FLIGHT_LIMIT_MS) render.end();
    else if (render.startedAt <= lastInvalidationAt) stale.push(render);
  }
  if (stale.length === 0) return null;
  const giveUpIn = Math.max(...stale.map((render) => render.startedAt + IN_FLIGHT_LIMIT_MS - now));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, giveUpIn);
    void Promise.all(stale.map((render) => render.ended)).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
