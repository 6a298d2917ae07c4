/**
 * npm run bench:compare -- --base <rev> [--rounds 3] [--duration 10] [--connections 64] [--path /blog/top-10-backend-frameworks-2024] [--rebuild]
 *
 * One page's req/s on this checkout against another revision's build, as a ratio measured in one run (issue 13: the
 * Top 10 post may lose at most 5% to the reader-structure work, against 90d4abc). The base is a detached worktree
 * under .data/bench-base/<commit>, kept with its node_modules and build for the next run. Each build gets a fresh
 * database on the bench cluster, migrated and seeded by its own code, since schema and seed differ between revisions.
 * Both servers run side by side and the measurements alternate base, current, base, current … so the machine's noise
 * (two cores, shared) falls on both alike. Prints medians and current/base, writes bench/results/compare-latest.json,
 * and exits 0 whatever the ratio: it is a measurement, not a test. --rebuild rebuilds this checkout only.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import postgres from 'postgres';
import { runOrThrow } from '../scripts/run';
import { recreateDatabase } from '../tests/setup/test-server';
import { benchSecret, cpuSeconds, createBenchDatabase, ensureAppBuild, ROOT, startNext, type RunningServer } from './lib/environment';
import { measure, warmUp, type LoadResult } from './lib/load';
import { QueryCounter } from './lib/queries';
import { printMarkdown } from './lib/table';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    path: { type: 'string', default: '/blog/top-10-backend-frameworks-2024' },
    rebuild: { type: 'boolean', default: false },
  },
});
const load = { connections: Number(args.connections), durationSeconds: Number(args.duration) };
const ROUNDS = Number(args.rounds);
const PAGE = args.path;
const CURRENT_PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE_PORT = CURRENT_PORT + 1;
const BASE_DATABASE = 'musings_bench_base';
const ALLOWED_FALL = 0.05;

interface Sample {
  result: LoadResult;
  queriesPerView: number;
  /**
   * The server's CPU time per response. A neighbour's load moves it far less than req/s (it takes cores away, it
   * does not make a response cost more instructions), so it is the steadier sign of a costlier page on a shared machine.
   */
  cpuMsPerRequest: number | null;
}

interface Build {
  name: 'base' | 'current';
  commit: string;
  server: RunningServer;
  counter: QueryCounter;
  htmlBytes: number;
  samples: Sample[];
}

/** Run in reverse on the way out, whether the run ends, fails or is interrupted. */
const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error('Cleanup failed:', error));
  })();
  return cleaning;
}

const execFileAsync = promisify(execFile);
const git = async (...gitArgs: string[]) => (await execFileAsync('git', gitArgs, { cwd: ROOT })).stdout.trim();

/** The base revision checked out (or reused) outside the working tree, with its dependencies installed. */
async function checkoutBase(rev: string): Promise<{ commit: string; dir: string }> {
  const commit = await git('rev-parse', '--verify', `${rev}^{commit}`);
  const dir = path.join(ROOT, '.data', 'bench-base', commit.slice(0, 12));
  if (!existsSync(path.join(dir, 'package.json'))) {
    await mkdir(path.dirname(dir), { recursive: true });
    // A folder deleted by hand leaves its registration behind, and `worktree add` would refuse the path.
    await git('worktree', 'prune');
    await git('worktree', 'add', '--detach', dir, commit);
  }
  // npm writes node_modules/.package-lock.json once an install is complete, so an interrupted one is not reused.
  if (!existsSync(path.join(dir, 'node_modules', '.package-lock.json'))) await runOrThrow('npm', ['ci'], { cwd: dir });
  return { commit, dir };
}

/** A fresh database beside the current build's, migrated and seeded by the base's own scripts/with-db.ts (it uses DATABASE_URL as given). */
async function createBaseDatabase(serverUrl: string, dir: string): Promise<{ url: string; sql: postgres.Sql }> {
  await recreateDatabase(serverUrl, BASE_DATABASE);
  const url = `${serverUrl}/${BASE_DATABASE}`;
  await runOrThrow(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/with-db.ts', '--seed'], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: benchSecret },
  });
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  await sql`create extension if not exists pg_stat_statements`.catch(() => undefined);
  return { url, sql };
}

async function serve(name: Build['name'], commit: string, checkout: string, port: number, databaseUrl: string, sql: postgres.Sql): Promise<Build> {
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: benchSecret, SITE_URL: `http://127.0.0.1:${port}` };
  const server = await startNext(checkout, port, env, checkout);
  cleanups.push(() => server.stop());
  return { name, commit, server, counter: await QueryCounter.create(sql), htmlBytes: 0, samples: [] };
}

/**
 * warmUp, then an unmeasured run at the measured load: with warmUp's 2 s burst alone, the first measured round of
 * both builds ran at about half the req/s of the later ones.
 */
async function warm(build: Build): Promise<void> {
  const url = `${build.server.url}${PAGE}`;
  await warmUp(url);
  await measure(url, load);
  build.htmlBytes = (await (await fetch(url)).arrayBuffer()).byteLength;
}

async function sample(build: Build): Promise<Sample> {
  const start = await build.counter.reset();
  const cpuBefore = await cpuSeconds(build.server.pid);
  const result = await measure(`${build.server.url}${PAGE}`, load);
  const cpuAfter = await cpuSeconds(build.server.pid);
  const statements = await build.counter.since(start);
  const cpuMsPerRequest = cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1000) / Math.max(1, result.requests);
  return { result, queriesPerView: statements / Math.max(1, result.requests), cpuMsPerRequest };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function summary(build: Build) {
  const of = (pick: (sample: Sample) => number) => median(build.samples.map(pick));
  return {
    build: build.name,
    commit: build.commit,
    requestsPerSecond: of((s) => s.result.requestsPerSecond),
    p50: of((s) => s.result.p50),
    p99: of((s) => s.result.p99),
    queriesPerView: of((s) => s.queriesPerView),
    cpuMsPerRequest: build.samples.some((s) => s.cpuMsPerRequest === null) ? null : of((s) => s.cpuMsPerRequest!),
    htmlBytes: build.htmlBytes,
    non2xx: build.samples.reduce((sum, s) => sum + s.result.non2xx, 0),
    errors: build.samples.reduce((sum, s) => sum + s.result.errors, 0),
  };
}

async function main() {
  if (!args.base) throw new Error('Pass --base <rev>, the revision to compare this checkout against (issue 13: --base 90d4abc).');
  if (!(ROUNDS >= 1)) throw new Error('--rounds must be at least 1');
  const started = Date.now();
  const base = await checkoutBase(args.base);
  const currentCommit = await git('rev-parse', 'HEAD');
  const dirty = (await git('status', '--porcelain', '--untracked-files=no')) !== '';

  const database = await createBenchDatabase();
  cleanups.push(() => database.stop());
  const baseDatabase = await createBaseDatabase(database.serverUrl, base.dir);
  cleanups.push(() => baseDatabase.sql.end());

  console.log(`Building the base (${base.commit.slice(0, 12)}) unless built …`);
  await ensureAppBuild(false, baseDatabase.url, base.dir);
  console.log('Building this checkout unless built …');
  await ensureAppBuild(args.rebuild, database.url);

  const builds = [
    await serve('base', base.commit, base.dir, BASE_PORT, baseDatabase.url, baseDatabase.sql),
    await serve('current', currentCommit, ROOT, CURRENT_PORT, database.url, database.sql),
  ];
  console.log('Warming both servers …');
  for (const build of builds) await warm(build);
  console.log(`Measuring ${PAGE}: ${ROUNDS} rounds of base then current, ${load.durationSeconds} s each at ${load.connections} connections …`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const build of builds) {
      const result = await sample(build);
      build.samples.push(result);
      const cpu = result.cpuMsPerRequest === null ? '' : `, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/req`;
      console.log(`  round ${round} ${build.name.padEnd(7)} ${result.result.requestsPerSecond} req/s, p50 ${result.result.p50} ms, p99 ${result.result.p99} ms${cpu}`);
    }
  }

  const [baseSummary, currentSummary] = builds.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
  const ratio = currentSummary.requestsPerSecond / Math.max(1, baseSummary.requestsPerSecond);
  // Paired by round, to show how far the noise moves the ratio.
  const roundRatios = builds[1]!.samples.map((s, i) => s.result.requestsPerSecond / Math.max(1, builds[0]!.samples[i]!.result.requestsPerSecond));
  console.log(`\n${PAGE}: median of ${ROUNDS} alternating rounds, ${load.connections} connections, ${load.durationSeconds} s each`);
  printMarkdown(
    ['build', 'commit', 'req/s', 'p50 ms', 'p99 ms', 'queries/view', 'CPU ms/req', 'HTML KiB', 'vs base'],
    [baseSummary, currentSummary].map((row) => [
      row.build,
      row.commit.slice(0, 7) + (row.build === 'current' && dirty ? '+dirty' : ''),
      String(row.requestsPerSecond),
      String(row.p50),
      String(row.p99),
      row.queriesPerView.toFixed(3),
      row.cpuMsPerRequest === null ? 'n/a' : row.cpuMsPerRequest.toFixed(2),
      (row.htmlBytes / 1024).toFixed(1),
      row.build === 'base' ? '1.00×' : `${ratio.toFixed(3)}×`,
    ]),
  );
  for (const row of [baseSummary, currentSummary]) {
    if (row.non2xx > 0 || row.errors > 0) console.log(`! ${row.build}: ${row.non2xx} non-2xx responses, ${row.errors} errors`);
  }
  const within = ratio >= 1 - ALLOWED_FALL;
  const change = `${ratio >= 1 ? 'up' : 'down'} ${(Math.abs(1 - ratio) * 100).toFixed(1)}%`;
  console.log(`Per-round current/base: ${roundRatios.map((r) => r.toFixed(3)).join(', ')}. Queries counted with ${builds[1]!.counter.method}.`);
  // Inverted, so it reads like the req/s ratio: the throughput a CPU-bound server would keep.
  const cpuRatio = baseSummary.cpuMsPerRequest && currentSummary.cpuMsPerRequest ? baseSummary.cpuMsPerRequest / currentSummary.cpuMsPerRequest : null;
  if (cpuRatio !== null) console.log(`Server CPU per response, base/current (req/s a CPU-bound server would keep): ${cpuRatio.toFixed(3)}.`);
  console.log(`current/base = ${ratio.toFixed(3)} (${change}): ${within ? 'within' : 'NOT within'} the allowed 5% fall.`);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    page: PAGE,
    load,
    rounds: ROUNDS,
    current: { ...currentSummary, dirty, samples: builds[1]!.samples },
    base: { ...baseSummary, samples: builds[0]!.samples },
    ratio,
    roundRatios,
    cpuRatio,
    allowedFall: ALLOWED_FALL,
    withinAllowedFall: within,
    queryCounting: builds[1]!.counter.method,
  };
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench', 'results', 'compare-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Saved bench/results/compare-latest.json (${((Date.now() - started) / 1000).toFixed(0)} s in all).`);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(code)));
}

main()
  .finally(cleanUp)
  .then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
