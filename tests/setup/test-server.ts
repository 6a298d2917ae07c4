import path from 'node:path';
import postgres from 'postgres';
import { ensureDatabase, startEmbeddedPostgres } from '@/db/embedded';

const TEST_DATA_ROOT = path.resolve(import.meta.dirname, '../../.data/test');
// Not the dev server's port, and not 5432: tests never touch data people work with.
const TEST_PG_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339);

export interface TestServer {
  /** Connection URL without a database name. */
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server the tests (or the bench) create their databases on:
 * the one in DATABASE_URL when set (CI's PostgreSQL 15), else a dedicated
 * embedded cluster, never the one holding development data.
 */
export async function acquireTestServer({ dataRoot = TEST_DATA_ROOT, port = TEST_PG_PORT } = {}): Promise<TestServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = new URL(configured);
    url.pathname = '';
    return { serverUrl: url.toString().replace(/\/$/, ''), stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataRoot, port, log: () => {} });
  await ensureDatabase(embedded.serverUrl, 'postgres');
  return { serverUrl: embedded.serverUrl, stop: embedded.stop };
}

/** Runs `work` on a connection to the server's maintenance database. */
export async function withAdminConnection<T>(serverUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(`${serverUrl}/postgres`, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdminConnection(serverUrl, async (sql) => {
    await sql`drop database if exists ${sql(name)} with (force)`;
    if (template) await sql`create database ${sql(name)} template ${sql(template)}`;
    else await sql`create database ${sql(name)}`;
  });
}
