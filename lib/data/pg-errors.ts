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
