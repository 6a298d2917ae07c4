import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export interface DatabaseHealth {
  reachable: boolean;
  /** The newest migration the database has applied is the newest this build ships; null when unreachable. */
  migrationsCurrent: boolean | null;
}

/** A readiness check must answer quickly even when PostgreSQL hangs rather than refuses. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers, and whether it has every migration this build
 * expects. Drizzle records each applied migration with its journal timestamp
 * (`created_at` = the journal's `when`), so comparing the newest is enough.
 */
export async function checkDatabase(newestMigrationAt: number): Promise<DatabaseHealth> {
  const query = db.execute<{ newest: string | null }>(sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    const [row] = await Promise.race([query, timeout]);
    return { reachable: true, migrationsCurrent: Number(row?.newest ?? 0) >= newestMigrationAt };
  } catch {
    query.catch(() => undefined);
    return { reachable: false, migrationsCurrent: null };
  } finally {
    clearTimeout(timer);
  }
}
