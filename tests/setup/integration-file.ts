import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { recreateDatabase } from './test-server';

// Runs before each integration test file, before it imports any app module:
// point DATABASE_URL at a fresh clone of the seeded template.
const { serverUrl, template, runId } = inject('testDb');
const database = `musings_t_${runId}_${randomBytes(4).toString('hex')}`;
await recreateDatabase(serverUrl, database, template);
process.env.DATABASE_URL = `${serverUrl}/${database}`;
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

afterAll(async () => {
  const { sql } = await import('@/db/client');
  await sql.end({ timeout: 5 });
});
