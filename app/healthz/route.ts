import { connection } from 'next/server';

/**
 * Liveness: the process is up and answering. It touches no database, so a
 * PostgreSQL outage never gets healthy instances restarted (decision 016).
 * Rendered per request (never a cache entry), HEAD and GET only (lib/http/request-gate.ts).
 */
export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
