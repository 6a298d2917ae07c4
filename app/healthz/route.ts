/**
 * Liveness: the process is up and answering. It touches no database, so a
 * PostgreSQL outage never gets healthy instances restarted (decision 016).
 * Never cached: HEAD and GET only (lib/http/request-gate.ts).
 */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
