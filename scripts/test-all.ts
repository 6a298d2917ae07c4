/**
 * `npm test`: every tier in turn (unit, integration on real PostgreSQL,
 * browser e2e against a production build), stopping at the first failure.
 */
import { BROWSER_MISSING_MESSAGE, findBrowser } from '../tests/setup/browser';
import { run } from './run';

async function ensureBrowser(): Promise<boolean> {
  if (findBrowser()) return true;
  console.log('No Chromium found; trying `playwright install chromium` …');
  if ((await run('playwright', ['install', 'chromium'])) === 0 && findBrowser()) return true;
  console.error(BROWSER_MISSING_MESSAGE);
  return false;
}

const tiers: Array<[string, () => Promise<number>]> = [
  ['unit', () => run('vitest', ['run', '--project', 'unit'])],
  ['integration', () => run('vitest', ['run', '--project', 'integration'])],
  ['e2e', async () => ((await ensureBrowser()) ? run('tsx', ['scripts/e2e.ts']) : 1)],
];

async function main(): Promise<number> {
  const started = Date.now();
  for (const [name, tier] of tiers) {
    console.log(`\n=== ${name} tests ===`);
    const tierStarted = Date.now();
    const code = await tier();
    console.log(`=== ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - tierStarted) / 1000).toFixed(1)}s ===`);
    if (code !== 0) return code;
  }
  console.log(`\nAll test tiers passed in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  return 0;
}

main().then((code) => process.exit(code));
