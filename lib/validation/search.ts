import { storableText } from './text';

export const MAX_QUERY_LENGTH = 200;

/** The search box: trimmed; empty means "no search yet", not an error. */
export const searchQuerySchema = storableText('Search', { max: MAX_QUERY_LENGTH }).transform((value) => value.trim().replace(/\s+/g, ' '));

/** Reads `q` from a query string value, which may repeat or be missing. */
export function parseSearchQuery(raw: string | string[] | undefined): { query: string; error: string | null } {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const result = searchQuerySchema.safeParse(value);
  if (result.success) return { query: result.data, error: null };
  return { query: '', error: result.error.issues[0]?.message ?? 'The search is not valid.' };
}

