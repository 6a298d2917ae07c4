import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './tests/setup/browser';

// scripts/e2e.ts builds the app and sets DATABASE_URL to a fresh database first.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const browser = findBrowser() ?? {};

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...browser,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
};
/** Tests that put the machine under sustained load of their own. */
const UNDER_LOAD = /instances-coherence\.e2e\.ts$/;
/**
 * Tests that assert what a shared cache holds (a HIT after some steps). Any other test saving a post
 * purges every post page there (each page's sidebar lists the recent posts), so they run after the
 * rest, one at a time.
 */
const SHARED_CACHE = /varnish\.e2e\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A test shares two cores with the server, a second worker and two Chromiums: the longest admin
  // flows (two browsers, several sign-ins) take 15 s alone and twice that under that load.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: [UNDER_LOAD, SHARED_CACHE], use: chromium },
    { name: 'shared cache', testMatch: SHARED_CACHE, dependencies: ['chromium'], workers: 1, use: chromium },
    // Runs alone, after the rest: its readers load the two shared cores for minutes, which made other
    // tests' 10 s expectations time out when the two ran side by side.
    { name: 'under load', testMatch: UNDER_LOAD, dependencies: ['shared cache'], use: chromium },
  ],
  webServer: {
    // The production server (decision 016), as `npm start` and the image run it.
    command: `node_modules/.bin/tsx scripts/with-db.ts node scripts/serve.mjs --port ${PORT} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/robots.txt`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The default SIGKILL would leave PostgreSQL connections and the server dirty.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
