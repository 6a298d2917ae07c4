import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../drizzle');
// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK_ID = 727_001;

/**
 * Applies the committed migrations in drizzle/. Several app instances may
 * start at once against one database, so the work runs under an advisory lock
 * on a single connection: the first migrates, the others wait and find nothing to do.
 */
export async function runMigrations(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => undefined);
    await sql.end();
  }
}
