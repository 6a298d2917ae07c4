import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
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

export const db = drizzle(sql, { schema });
export type Database = typeof db;
