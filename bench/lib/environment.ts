import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { runMigrations } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { localActionsKey } from '../../scripts/local-db';
import { runOrThrow, stopChild } from '../../scripts/run';
import { acquireTestServer, recreateDatabase } from '../../tests/setup/test-server';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH_DATA = path.join(ROOT, '.data', 'bench');
const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54349);
const DATABASE = 'musings_bench';

export interface BenchDatabase {
  url: string;
  /** The server's URL without a database, for a second database beside this one (bench/compare-builds.ts). */
  serverUrl: string;
  sql: postgres.Sql;
  stop(): Promise<void>;
}

/**
 * A fresh, migrated, seeded database for one bench run: on DATABASE_URL's
 * server when set, else on a dedicated embedded cluster that preloads
 * pg_stat_statements so queries per page view can be counted exactly.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = await acquireTestServer({ dataRoot: BENCH_DATA, port: BENCH_PG_PORT });
  await recreateDatabase(server.serverUrl, DATABASE);
  const url = `${server.serverUrl}/${DATABASE}`;
  await runMigrations(url);
  await seedDatabase(url);
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  await sql`create extension if not exists pg_stat_statements`.catch(() => undefined);
  return {
    url,
    serverUrl: server.serverUrl,
    sql,
    stop: async () => {
      await sql.end();
      await server.stop();
    },
  };
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * `next start` for the app in `dir`, resolved once it answers. Run by `checkout`'s own Next (ROOT's unless given), so
 * another revision's build is served by the Next it was built with.
 */
export async function startNext(dir: string, port: number, env: Record<string, string> = {}, checkout = ROOT): Promise<RunningServer> {
  const child: ChildProcess = spawn(path.join(checkout, 'node_modules', '.bin', 'next'), ['start', dir, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: checkout,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  // One that never answered is stopped here: the caller has no handle to stop it with.
  await waitFor(`${url}/`, child).catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  return {
    url,
    pid: child.pid!,
    // stopChild also returns for a server that already died, where waiting for 'exit' would hang the caller's cleanup.
    stop: () => stopChild(child),
  };
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server for ${url} exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** Builds the app in `checkout` (ROOT unless given) with its own Next, unless a build exists (pass force to rebuild). */
export async function ensureAppBuild(force: boolean, databaseUrl: string, checkout = ROOT): Promise<void> {
  if (!force && existsSync(path.join(checkout, '.next', 'BUILD_ID'))) return;
  await runOrThrow(path.join(checkout, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: checkout,
    env: { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey, DATABASE_URL: databaseUrl, AUTH_SECRET: benchSecret },
  });
}

export const benchSecret = randomBytes(32).toString('base64url');
/** The checkout's own key (scripts/local-db.ts), so a build reused from an earlier run still matches the server. */
const actionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? (await localActionsKey());

/** Resident memory of a process in MiB, from /proc. */
export async function residentMiB(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const match = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used (user + system, all its threads) in seconds, from /proc; null where there is none. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces ("next-server (v16.4.5)"); utime and stime are the 12th and 13th fields after it, in ticks of 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
