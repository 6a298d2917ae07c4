import { connection } from 'next/server';
import journal from '@/drizzle/meta/_journal.json';
import { getFanout } from '@/lib/cache/invalidation-fanout.mjs';
import { checkDatabase } from '@/lib/data/health';

/** The newest migration this build ships; a database without it is not ready for this code. */
const NEWEST_MIGRATION_AT = Math.max(...journal.entries.map((entry) => entry.when));

interface FanoutStatus {
  enabled: boolean;
  listening: boolean;
  since?: string | number | null;
  reconnects?: number;
}

/**
 * Readiness: send this instance traffic only when the database answers, has
 * this build's migrations, and the cache-invalidation listener is connected
 * (otherwise it could serve pages other instances have already expired).
 * 200 or 503, JSON, never cached (decision 016).
 */
export async function GET(): Promise<Response> {
  await connection();
  const database = await checkDatabase(NEWEST_MIGRATION_AT);
  const fanout = (getFanout() as { status?: () => FanoutStatus }).status?.() ?? null;
  // A fan-out switched off (one instance) has nothing to listen to; one whose state is unknown is not held against readiness.
  const listenerReady = !fanout || !fanout.enabled || fanout.listening;
  const ready = database.reachable && database.migrationsCurrent === true && listenerReady;
  const body = {
    status: ready ? 'ready' : 'not ready',
    database: database.reachable ? 'reachable' : 'unreachable',
    migrations: database.migrationsCurrent === null ? 'unknown' : database.migrationsCurrent ? 'current' : 'behind',
    invalidationListener: fanout ? (fanout.enabled ? (fanout.listening ? 'listening' : 'not listening') : 'off') : 'unknown',
  };
  return Response.json(body, { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(ready ? {} : { 'Retry-After': '5' }) } });
}
