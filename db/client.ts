import 'server-only';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/server/shutdown-hooks.mjs';
import * as schema from './schema';

// One pool per process. Dev-server reloads re-evaluate this module, and Next
// bundles proxy.ts apart from the routes (each bundle has its own copy of this
// module), so in Next's server the pool is parked on globalThis and shared.
// Not in tests: there each file has a database of its own.
const globalForDb = globalThis as unknown as { musingsSql?: postgres.Sql };

export const sql =
  globalForDb.musingsSql ??
  postgres(env.DATABASE_URL, {
    max: env.DATABASE_POOL_MAX,
    onnotice: () => {},
  });

if (env.NODE_ENV === 'development' || process.env.NEXT_RUNTIME === 'nodejs') globalForDb.musingsSql = sql;
// scripts/serve.mjs closes the pool once the last request has been answered, so PostgreSQL sees a clean goodbye.
onShutdown(() => sql.end({ timeout: 5 }));

export const db = drizzle(sql, { schema });
export type Database = typeof db;
