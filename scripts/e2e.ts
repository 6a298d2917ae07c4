/**
 * The browser tier: a fresh database, `next build`, then Playwright against
 * `next start` (started by playwright.config.ts). Arguments go to Playwright.
 * Uses DATABASE_URL's server when set, else the embedded test cluster.
 */
import { randomBytes } from 'node:crypto';
import { acquireTestServer, recreateDatabase } from '../tests/setup/test-server';
import { run } from './run';

const E2E_DATABASE = 'musings_e2e';
const PORT = process.env.E2E_PORT ?? '3100';

async function main(): Promise<number> {
  const server = await acquireTestServer();
  try {
    await recreateDatabase(server.serverUrl, E2E_DATABASE);
    const env = {
      ...process.env,
      DATABASE_URL: `${server.serverUrl}/${E2E_DATABASE}`,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      // One key for the build and every server a test starts, as a deploy shares it (decision 016).
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
      SITE_URL: `http://127.0.0.1:${PORT}`,
      // The tests stand where a proxy would: each may say which client it is by X-Forwarded-For (commentFromOwnAddress).
      TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
      // The webhooks test's receiver listens on loopback (decision 026).
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
      E2E_PORT: PORT,
    };
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const built = await run('tsx', ['--conditions=react-server', 'scripts/with-db.ts', 'next', 'build'], { env });
      if (built !== 0) return built;
    }
    return await run('playwright', ['test', ...process.argv.slice(2)], { env });
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
