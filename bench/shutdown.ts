/**
 * npm run bench:shutdown [-- --connections 32] [--seconds 3]
 *
 * SIGTERM under load, `next start` against our server (scripts/serve.mjs), on
 * the same build and database in one run: keep-alive connections request pages
 * without pause, the server is told to stop, and every request is classed as
 * answered, reset (sent on an open connection and never answered) or refused
 * (a new connection after the listener closed, which a load balancer routes
 * around). Prints the counts and each server's exit code (decision 016).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localActionsKey } from '../scripts/local-db';
import { keepAliveLoad, type LoadTally } from '../tests/support/keep-alive-load';
import { benchSecret, createBenchDatabase, ensureAppBuild, ROOT } from './lib/environment';

const { values: args } = parseArgs({ options: { connections: { type: 'string', default: '32' }, seconds: { type: 'string', default: '3' } } });
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 7;
const ACTIONS_KEY = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? (await localActionsKey());
const PATHS = ['/blog/top-10-backend-frameworks-2024', '/', '/frameworks', '/frameworks/phoenix', '/category/news-and-events'];

async function trial(name: string, command: string[], databaseUrl: string): Promise<{ name: string; tally: LoadTally; code: number | null; answered: number }> {
  const child = spawn(command[0]!, [...command.slice(1), '--port', String(PORT), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: benchSecret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${PORT}`;
  for (let tries = 0; ; tries++) {
    try {
      for (const page of PATHS) await (await fetch(`${origin}${page}`)).arrayBuffer();
      break;
    } catch {
      if (tries > 240) throw new Error(`${name} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  console.log(`${name}: warm, loading`);
  const load = keepAliveLoad(origin, PATHS, Number(args.connections));
  await new Promise((resolve) => setTimeout(resolve, Number(args.seconds) * 1000));
  child.kill('SIGTERM');
  // A server that keeps serving keep-alive connections never exits while the load goes on: stop the load after a while.
  const stillRunning = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000))]);
  const tally = await load.stop();
  if (stillRunning) console.log(`${name}: still running 10 s after SIGTERM, while the load went on`);
  const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
  return { name, tally, code, answered: load.answered() };
}

const database = await createBenchDatabase();
try {
  await ensureAppBuild(false, database.url);
  const results = [
    await trial('next start', [path.join(ROOT, 'node_modules', '.bin', 'next'), 'start'], database.url),
    await trial('scripts/serve.mjs', [process.execPath, 'scripts/serve.mjs'], database.url),
  ];
  console.log(`SIGTERM after ${args.seconds} s at ${args.connections} keep-alive connections:`);
  for (const { name, tally, code, answered } of results) {
    console.log(`  ${name.padEnd(18)} answered ${String(answered).padStart(6)}  reset ${String(tally.resets).padStart(4)}  refused ${String(tally.refused).padStart(4)}  non-200 ${answered - (tally.statuses[200] ?? 0)}  exit ${code}`);
  }
} finally {
  await database.stop();
}
