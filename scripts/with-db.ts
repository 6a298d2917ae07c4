/**
 * Runs a command with a ready database:
 *   tsx scripts/with-db.ts next dev        start/reuse PostgreSQL, migrate, seed if empty, run `next dev`
 *   tsx scripts/with-db.ts --only-migrate  just migrate
 *   tsx scripts/with-db.ts --seed          migrate and (re)run the idempotent seed
 *
 * Without DATABASE_URL it uses the embedded PostgreSQL under .data/ and stops
 * it again on exit if it started it. See docs/decisions/002-embedded-postgres.md.
 */
import nextEnv from '@next/env';
import { localActionsKey, localAuthSecret, PROJECT_ROOT, resolveDatabase } from './local-db';
import { run } from './run';

const args = process.argv.slice(2);
const onlyMigrate = args[0] === '--only-migrate';
const forceSeed = args[0] === '--seed';
const command = onlyMigrate || forceSeed ? [] : args;
const isDev = command[1] === 'dev';

nextEnv.loadEnvConfig(PROJECT_ROOT, isDev, { info: () => {}, error: console.error });

async function main(): Promise<number> {
  const database = await resolveDatabase({ databaseName: 'musings' });
  process.env.DATABASE_URL = database.url;
  if (!process.env.AUTH_SECRET && database.embedded) process.env.AUTH_SECRET = await localAuthSecret();
  if (!process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && database.embedded) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = await localActionsKey();

  try {
    // Validate the whole environment before anything else uses it.
    await import('@/lib/env');
    const { runMigrations } = await import('@/db/migrate');
    await runMigrations(database.url);
    if (!onlyMigrate) {
      const { seedDatabase } = await import('@/db/seed');
      if (await seedDatabase(database.url, { onlyIfEmpty: !forceSeed })) console.log('Seeded the blog content.');
    }
    if (isDev) await bootstrapDevAdmin();
    const [bin, ...rest] = command;
    return bin ? await run(bin, rest) : 0;
  } finally {
    await database.embedded?.stop();
  }
}

async function bootstrapDevAdmin(): Promise<void> {
  const [{ ensureDevAdmin }, { sql }] = await Promise.all([import('./dev-admin'), import('@/db/client')]);
  try {
    await ensureDevAdmin();
  } finally {
    await sql.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
