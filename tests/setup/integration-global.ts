import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { acquireTestServer, recreateDatabase, withAdminConnection } from './test-server';

/**
 * Once per run: a template database with every migration applied and the
 * seed loaded. Each test file clones it (tests/setup/integration-file.ts),
 * which takes a fraction of a second, so files are isolated and can run in parallel.
 */
export default async function setup(project: TestProject) {
  const server = await acquireTestServer();
  const runId = randomBytes(4).toString('hex');
  const template = `musings_tpl_${runId}`;
  await recreateDatabase(server.serverUrl, template);
  const templateUrl = `${server.serverUrl}/${template}`;

  const [{ runMigrations }, { seedDatabase }] = await Promise.all([import('@/db/migrate'), import('@/db/seed')]);
  await runMigrations(templateUrl);
  await seedDatabase(templateUrl);

  project.provide('testDb', { serverUrl: server.serverUrl, template, runId });

  return async () => {
    await withAdminConnection(server.serverUrl, async (admin) => {
      const databases = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`musings_%${runId}%`}`;
      for (const { datname } of databases) await admin`drop database if exists ${admin(datname)} with (force)`;
    });
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { serverUrl: string; template: string; runId: string };
  }
}
