/**
 * npm run bench [-- --scale] [--duration 10] [--connections 64] [--rebuild] [--shared-cache-only]
 *
 * Serves the production build on a fresh bench database and measures reader
 * pages against two baselines in the same run: the Top 10 page's HTML served
 * from memory by node:http, and the same HTML as a static page of a minimal
 * Next.js app. Then the Top 10 post through Varnish against nginx serving
 * that HTML as a static file (alone with --shared-cache-only). Prints a table and writes bench/results/latest.json.
 * With --scale it then bulk-loads a large data set, restarts the server with
 * a cold cache, and measures again, so cost growth shows as a ratio.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startMemoryServer, startStaticNextApp } from './lib/baselines';
import { COMMENT_POSTS, loadCommentThreads, measureCommentSubmission } from './lib/comments';
import { benchSecret, createBenchDatabase, ensureAppBuild, residentMiB, ROOT, startNext, type BenchDatabase } from './lib/environment';
import { measure, warmUp, type LoadResult } from './lib/load';
import { FEATURED_TOP10_SLUG, loadBenchImage } from './lib/media';
import { QueryCounter } from './lib/queries';
import { loadScaleData, SCALE } from './lib/scale';
import { measureBehindVarnish } from './lib/shared-cache';
import { printTable, type Row } from './lib/table';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    rebuild: { type: 'boolean', default: false },
    'shared-cache-only': { type: 'boolean', default: false },
  },
});
const load = { connections: Number(args.connections), durationSeconds: Number(args.duration) };
// Overridable so several checkouts on one machine can bench at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);

const PAGES: Array<{ name: string; path: string }> = [
  { name: 'Top 10 post', path: '/blog/top-10-backend-frameworks-2024' },
  { name: 'Framework page', path: '/frameworks/phoenix' },
  { name: 'Home', path: '/' },
  { name: 'Category page', path: '/category/news-and-events' },
  { name: 'Search query', path: '/search/LiveView' },
  { name: 'Tag page', path: '/tag/backend' },
  { name: 'Author page', path: '/author/annie' },
  // A misspelling: the search as typed finds nothing, the corrected one ("Django") is shown; cached like any search.
  { name: 'Search with a typo', path: '/search/Djnago' },
  // The first page of a thread costs the same whatever its length (both are cached; the render reads 50 threads).
  { name: 'Post, 10 comments', path: `/blog/${COMMENT_POSTS.few}` },
  { name: 'Post, 10,000 comments', path: `/blog/${COMMENT_POSTS.many}` },
  { name: 'Top 10 post with a feature image', path: `/blog/${FEATURED_TOP10_SLUG}` },
];

/** Set once the bench image is stored: its content address is known only then. */
let imagePage: { name: string; path: string } | null = null;

async function measurePages(baseUrl: string, counter: QueryCounter): Promise<Row[]> {
  const rows: Row[] = [];
  for (const page of [...PAGES, ...(imagePage ? [imagePage] : [])]) {
    const url = `${baseUrl}${page.path}`;
    await warmUp(url);
    const start = await counter.reset();
    const result = await measure(url, load);
    const statements = await counter.since(start);
    rows.push({ name: page.name, result, queriesPerView: statements / Math.max(1, result.requests) });
    console.log(`  ${page.name}: ${result.requestsPerSecond} req/s`);
  }
  const start = await counter.reset();
  const submissions = await measureCommentSubmission(baseUrl, load, benchSecret);
  const statements = await counter.since(start);
  rows.push({ name: 'Comment submission (no JS)', result: submissions, queriesPerView: statements / Math.max(1, submissions.requests) });
  console.log(`  Comment submission: ${submissions.requestsPerSecond} req/s`);
  return rows;
}

async function measureApp(database: BenchDatabase, label: string) {
  const app = await startNext(ROOT, APP_PORT, { DATABASE_URL: database.url, AUTH_SECRET: benchSecret, SITE_URL: `http://127.0.0.1:${APP_PORT}` });
  try {
    const counter = await QueryCounter.create(database.sql);
    await warmUp(`${app.url}/`);
    const rssBefore = await residentMiB(app.pid);
    console.log(`Measuring the app (${label}) …`);
    const rows = await measurePages(app.url, counter);
    const [stored] = await database.sql<{ count: number }[]>`select count(*)::int as count from comments where email like 'bench-%'`;
    const submitted = rows.at(-1)!.result.requests;
    console.log(`  ${stored?.count ?? 0} of ${submitted} submitted comments stored (pending moderation).`);
    await database.sql`delete from comments where email like 'bench-%'`;
    const rssAfter = await residentMiB(app.pid);
    const topHtml = await (await fetch(`${app.url}${PAGES[0]!.path}`)).text();
    return { rows, rssBefore, rssAfter, topHtml, queryMethod: counter.method };
  } finally {
    await app.stop();
  }
}

async function main() {
  const started = Date.now();
  const database = await createBenchDatabase();
  try {
    await ensureAppBuild(args.rebuild, database.url);
    if (args['shared-cache-only']) return printSharedCacheRow(await measureSharedCache(database));
    await loadCommentThreads(database.sql);
    const image = await loadBenchImage(database.sql);
    imagePage = { name: 'Image file (960w AVIF) from cache', path: image.imagePath };
    console.log(image.savings);
    const demo = await measureApp(database, 'demo data');

    console.log('Measuring the baselines …');
    const memory = await startMemoryServer(demo.topHtml, APP_PORT + 1);
    const memoryResult = await warmThenMeasure(memory.url);
    await memory.stop();
    const staticApp = await startStaticNextApp(demo.topHtml, APP_PORT + 2);
    const staticResult = await warmThenMeasure(`${staticApp.url}/`);
    await staticApp.stop();

    const baselines = { 'node:http from memory': memoryResult, 'static Next.js page': staticResult };
    printTable('Demo data', demo.rows, baselines, load);
    console.log(`Server RSS: ${demo.rssBefore} MiB before, ${demo.rssAfter} MiB after the run. Queries counted with ${demo.queryMethod}.`);

    console.log('\nMeasuring the Top 10 post through Varnish, and nginx serving its HTML as a file …');
    const sharedCache = await measureSharedCache(database);
    printSharedCacheRow(sharedCache);

    let scale: Awaited<ReturnType<typeof measureApp>> | null = null;
    if (args.scale) {
      console.log(`Loading ${SCALE.posts.toLocaleString()} posts, ${SCALE.categories} categories and ${SCALE.comments.toLocaleString()} comments …`);
      const loadedIn = await loadScaleData(database.sql);
      console.log(`Loaded in ${(loadedIn / 1000).toFixed(1)} s.`);
      scale = await measureApp(database, 'at scale');
      printTable('At scale', scale.rows, baselines, load, demo.rows);
      console.log(`Server RSS: ${scale.rssBefore} MiB before, ${scale.rssAfter} MiB after the run.`);
    }

    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      load,
      demo: { rows: demo.rows, rssMiB: [demo.rssBefore, demo.rssAfter] },
      baselines,
      scale: scale && { rows: scale.rows, rssMiB: [scale.rssBefore, scale.rssAfter] },
      queryCounting: demo.queryMethod,
      imageSavings: image.savings,
      sharedCache: { ...sharedCache, ratio: sharedCache.varnish.requestsPerSecond / Math.max(1, sharedCache.nginx.requestsPerSecond) },
    };
    await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nSaved bench/results/latest.json (${((Date.now() - started) / 1000).toFixed(0)} s in all).`);
  } finally {
    await database.stop();
  }
}

function measureSharedCache(database: BenchDatabase) {
  return measureBehindVarnish({
    root: ROOT,
    pagePath: PAGES[0]!.path,
    appPort: APP_PORT + 3,
    varnishPort: APP_PORT + 4,
    nginxPort: APP_PORT + 5,
    env: { DATABASE_URL: database.url, AUTH_SECRET: benchSecret, SITE_URL: `http://127.0.0.1:${APP_PORT + 4}` },
    load,
  });
}

function printSharedCacheRow({ varnish, nginx }: Awaited<ReturnType<typeof measureBehindVarnish>>) {
  const ratio = varnish.requestsPerSecond / Math.max(1, nginx.requestsPerSecond);
  console.log(`| Top 10 post through Varnish | ${varnish.requestsPerSecond} req/s | p50 ${varnish.p50} ms | p99 ${varnish.p99} ms |`);
  console.log(`| (baseline) nginx, same HTML as a file | ${nginx.requestsPerSecond} req/s | p50 ${nginx.p50} ms | p99 ${nginx.p99} ms |`);
  console.log(`Varnish / nginx: ${ratio.toFixed(2)}× (goal ≥ 0.80×)${ratio < 0.8 ? ' - BELOW GOAL' : ''}`);
  for (const [name, result] of Object.entries({ varnish, nginx })) {
    if (result.non2xx > 0 || result.errors > 0) console.log(`! ${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
}

async function warmThenMeasure(url: string): Promise<LoadResult> {
  await warmUp(url);
  return measure(url, load);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
