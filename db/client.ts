import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/server/shutdown-hooks.mjs';
import * as schema from './schema';

// One pool per process. Dev-server reloads re-evaluate this module, so the
// pool is parked on globalThis to avoid leaking a new one on every edit.
const globalForDb = globalThis as unknown as { musingsSql?: postgres.Sql };

export const sql =
  globalForDb.musingsSql ??
  postgres(env.DATABASE_URL, {
    max: env.DATABASE_POOL_MAX,
    onnotice: () => {},
  });

if (env.NODE_ENV === 'development') globalForDb.musingsSql = sql;
// scripts/serve.mjs closes the pool once the last request has been answered, so PostgreSQL sees a clean goodbye.
onShutdown(() => sql.end({ timeout: 5 }));

export const db = drizzle(sql, { schema });
export type Database = typeof db;
