import { expect, test } from '@playwright/test';
import { keepAliveLoad } from '../support/keep-alive-load';
import { startServer } from './support/server';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;

test('SIGTERM under load: every request already sent is answered, none is reset, and the process exits 0', async () => {
  test.setTimeout(90_000);
  const server = await startServer(PORT, { SITE_URL: `http://127.0.0.1:${PORT}`, SHUTDOWN_TIMEOUT_MS: '20000' });
  const paths = ['/blog/top-10-backend-frameworks-2024', '/', '/frameworks', ...Array.from({ length: 40 }, (_, i) => `/search/shutdown-${i}`)];
  for (const path of paths.slice(0, 3)) expect((await fetch(`${server.url}${path}`)).status).toBe(200);

  const load = keepAliveLoad(server.url, paths, 32);
  try {
    await expect.poll(() => load.answered(), { timeout: 40_000 }).toBeGreaterThan(64);
  } finally {
    server.child.kill('SIGTERM');
  }
  const code = await server.exited;
  const tally = await load.stop();

  expect(code, server.output()).toBe(0);
  expect(tally.resets).toBe(0);
  // Every answer was a page; none was an error from a half-closed server.
  expect(Object.keys(tally.statuses)).toEqual(['200']);
  expect(server.output()).toContain('Stopped cleanly.');
});
