// @ts-check
/**
 * The production server: `npm start`, the e2e tier and the container image run
 * this instead of `next start` (decision 016). It is Next's own request handler
 * (the custom-server API) with four things `next start` lacks:
 * - it listens on loopback unless told otherwise (`--hostname` or HOSTNAME);
 * - it appends the peer address to X-Forwarded-For (lib/server/forwarded-for.mjs);
 * - a 500 caused by a database outage becomes a 503 with Retry-After (lib/server/outage-response.mjs);
 * - on SIGTERM or SIGINT it drains: no new connections, in-flight requests
 *   finish (up to SHUTDOWN_TIMEOUT_MS), the database pools close, exit 0.
 *
 *   node scripts/serve.mjs [--port 3000] [--hostname 127.0.0.1] [dir]
 *
 * Plain JavaScript, so the image runs it with node and no TypeScript tooling.
 * lib/env.ts validates these variables too (the app imports it at start).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabaseProbe, shareDatabaseProbe } from '../lib/server/database-probe.mjs';
import { appendPeerAddress } from '../lib/server/forwarded-for.mjs';
import { trackForShutdown } from '../lib/server/graceful-shutdown.mjs';
import { answerOutagesWith503 } from '../lib/server/outage-response.mjs';
import { runShutdownHooks } from '../lib/server/shutdown-hooks.mjs';
import { SITE_URL_WARNING } from '../lib/server/site-url.mjs';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? path.join(import.meta.dirname, '..'));
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Loopback by default: a proxy in front (Varnish, nginx) is what faces the network. In a container, loopback is
// unreachable from the proxy's container, so the image sets HOSTNAME=0.0.0.0 (see deploy/Dockerfile).
const hostname = values.hostname ?? process.env.HOSTNAME ?? '127.0.0.1';
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set. `npm start` sets it (embedded PostgreSQL); in a deployment, set it to a PostgreSQL 15+ URL.');
  process.exit(1);
}

process.env.NODE_ENV = 'production';
// Next's own SIGTERM handling exits at once with 143; this file drains instead.
process.env.NEXT_MANUAL_SIG_HANDLE = 'true';
// The standalone output (the image) has no next.config.mjs: its config is the one the build recorded.
if (!existsSync(path.join(dir, 'next.config.mjs'))) {
  const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const probe = createDatabaseProbe(databaseUrl);
shareDatabaseProbe(probe);
// A failed response asks afresh: a "reachable" from a moment ago does not explain a 500 now.
const databaseIsDown = async () => !(await probe.reachableNow());

const server = createServer((request, response) => {
  appendPeerAddress(request);
  answerOutagesWith503(request, response, databaseIsDown);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
const shutdown = trackForShutdown(server, { timeoutMs: shutdownTimeoutMs });
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT ?? 65_000);

let stopping = false;
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight (at most ${shutdownTimeoutMs / 1000} s), then stopping.`);
    shutdown(async () => {
      const fanout = /** @type {{ __musingsFanout?: { close?: () => Promise<void> } }} */ (globalThis).__musingsFanout;
      await Promise.allSettled([runShutdownHooks(), probe.close(), fanout?.close?.(), app.close()]);
    }).then((how) => {
      console.log(how === 'drained' ? 'Stopped cleanly.' : `Stopped after ${shutdownTimeoutMs / 1000} s with requests still open.`);
      process.exit(0);
    });
  });
}

const shown = hostname.includes(':') ? `[${hostname}]` : hostname;
server.listen(port, hostname, async () => {
  // The first request loads the app's modules, and with them lib/env.ts: a bad environment fails here, at start,
  // with its message in the log, rather than on a reader's first request.
  const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : shown;
  const answer = await fetch(`http://${self}:${port}/healthz`).catch((error) => error);
  if (!(answer instanceof Response) || !answer.ok) {
    console.error(`The app does not start: /healthz answered ${answer instanceof Response ? answer.status : answer.message}. See the error above.`);
    process.exit(1);
  }
  console.log(`Musings is listening on http://${shown}:${port}`);
  if (!process.env.SITE_URL) console.warn(SITE_URL_WARNING);
});
