/** An id from a form field or route segment: a positive integer, or null for anything else ('', 'abc', '-1', '1e3', a File). */
export function parsePositiveInt(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}
