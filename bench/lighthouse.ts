/**
 * npm run lighthouse
 *
 * Lighthouse (the npm package, driving the local Chromium) on the five
 * reader pages of issue 10 (home, the Top 10 post, a framework page, a
 * category page and a post with a comment thread), in mobile and desktop
 * modes, against the production build on a fresh bench database. Prints the
 * four category scores, the main metrics, and the JavaScript bytes each page
 * sends.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findBrowser } from '../tests/setup/browser';
import { COMMENT_POSTS, loadCommentThreads } from './lib/comments';
import { benchSecret, createBenchDatabase, ensureAppBuild, ROOT, startNext } from './lib/environment';
import { loadThreeImagePost, THREE_IMAGE_POST_SLUG } from './lib/media';

// Overridable so several checkouts on one machine can run it at once.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3210);
const PAGES = [
  ['Home', '/'],
  ['Top 10 post', '/blog/top-10-backend-frameworks-2024'],
  ['Framework page', '/frameworks/phoenix'],
  ['Category page', '/category/web-development'],
  ['Post, 10 comments', `/blog/${COMMENT_POSTS.few}`],
  ['Post with three images', `/blog/${THREE_IMAGE_POST_SLUG}`],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** LIGHTHOUSE_PAGES="Top 10" measures only the pages whose name contains it. */
const ONLY = process.env.LIGHTHOUSE_PAGES;

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

async function main() {
  const browser = findBrowser();
  if (!browser) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH.');
  const database = await createBenchDatabase();
  await loadCommentThreads(database.sql);
  await ensureAppBuild(false, database.url);
  await loadThreeImagePost(database.sql);
  const app = await startNext(ROOT, PORT, { DATABASE_URL: database.url, AUTH_SECRET: benchSecret, SITE_URL: `http://127.0.0.1:${PORT}` });
  const chrome = await chromeLauncher.launch({
    chromePath: browser.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const rows: string[][] = [];
    for (const [name, path] of PAGES.filter(([pageName]) => !ONLY || pageName.includes(ONLY))) {
      await fetch(`${app.url}${path}`); // fill the page cache first
      for (const mode of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(`${app.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, mode === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = result.lhr;
        const scores = CATEGORIES.map((id) => String(Math.round((categories[id]?.score ?? 0) * 100)));
        const metric = (id: string, unit: 'ms' | '') => {
          const value = audits[id]?.numericValue ?? NaN;
          return unit === 'ms' ? `${Math.round(value)}` : value.toFixed(3);
        };
        const requests = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter((item) => item.resourceType === 'Script');
        const jsTransfer = requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
        const jsSize = requests.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0);
        rows.push([
          name,
          mode,
          ...scores,
          metric('first-contentful-paint', 'ms'),
          metric('largest-contentful-paint', 'ms'),
          metric('total-blocking-time', 'ms'),
          metric('cumulative-layout-shift', ''),
          metric('speed-index', 'ms'),
          `${(jsTransfer / 1024).toFixed(1)} / ${(jsSize / 1024).toFixed(1)}`,
        ]);
        const lost = (['accessibility', 'best-practices', 'seo'] as const).flatMap((id) =>
          (categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${id}: ${ref.id}`),
        );
        console.log(`  ${name} (${mode}) done${lost.length ? `; points lost to ${lost.join(', ')}` : ''}`);
        if (mode === 'mobile') console.log(`    ${whereTheTimeGoes(audits)}`);
      }
    }
    const header = ['page', 'mode', 'Perf', 'A11y', 'Best Pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'JS KiB (gzip / raw)'];
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
    const format = (cells: string[]) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
    console.log(`\n${format(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of rows) console.log(format(row));
  } finally {
    chrome.kill();
    await app.stop();
    await database.stop();
  }
}

type Audits = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']['audits'];

/** What the mobile LCP waits for (as observed, before throttling is simulated): its element, its subparts, and the main thread's work by kind. */
function whereTheTimeGoes(audits: Audits): string {
  type Part = { type?: string; items?: Array<{ label?: string; duration?: number }>; selector?: string; nodeLabel?: string };
  const parts = ((audits['lcp-breakdown-insight']?.details as { items?: Part[] } | undefined)?.items ?? []) as Part[];
  const node = parts.find((part) => part.type === 'node');
  const subparts = (parts.find((part) => part.type === 'table')?.items ?? []).map((item) => `${item.label} ${Math.round(item.duration ?? 0)} ms`).join(', ');
  const work = ((audits['mainthread-work-breakdown']?.details as { items?: Array<{ groupLabel?: string; duration?: number }> } | undefined)?.items ?? [])
    .map((item) => `${item.groupLabel} ${Math.round(item.duration ?? 0)} ms`)
    .join(', ');
  return `LCP element ${node?.selector ?? '?'} ("${(node?.nodeLabel ?? '').slice(0, 40)}"): ${subparts}. Main thread: ${work}.`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
