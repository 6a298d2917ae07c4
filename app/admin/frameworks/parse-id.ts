/** A route's `[id]`: a positive integer, or null (the page answers 404). */
export function parseRouteId(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}
