/** Drizzle wraps the driver's error; PostgreSQL's code is on it or on its cause. */
function pgCode(error: unknown): string | undefined {
  const code = (candidate: unknown) => (candidate as { code?: string } | undefined)?.code;
  return code(error) ?? code((error as { cause?: unknown } | undefined)?.cause);
}

export function isUniqueViolation(error: unknown): boolean {
  return pgCode(error) === '23505';
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgCode(error) === '23503';
}

/** What postgres.js and Node's net module call a connection that could not be made or was lost. */
const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);
/** PostgreSQL's own: the server is shutting down, starting up, or has no connection slot left. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * The database cannot be reached right now (down, restarting, out of
 * connections), as opposed to a query that is wrong. Such an error says
 * nothing about the request, so it is answered "try again shortly" (503, or a
 * form state that keeps the text) rather than as a bug. Looks through Drizzle's
 * wrapper (`cause`), Auth.js's (`cause.err`) and Node's AggregateError (`errors`, one per address tried).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { code, cause, errors, err } = error as { code?: unknown; cause?: unknown; errors?: unknown; err?: unknown };
  if (typeof code === 'string' && (CONNECTION_FAILURES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  // Auth.js keeps the error its callback threw as `cause.err`.
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(err, depth + 1);
}
