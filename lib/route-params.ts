/** Parses a 1-based page number from a route segment; null when it is not one. */
export function parsePageNumber(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  return Number(segment);
}

export const MIN_ARCHIVE_YEAR = 1990;

/** Parses a year segment; null for anything that is not a plausible four-digit year. */
export function parseYear(segment: string): number | null {
  if (!/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  return year >= MIN_ARCHIVE_YEAR && year <= 9999 ? year : null;
}
