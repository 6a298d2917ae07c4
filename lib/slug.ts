export const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a title: lowercase ASCII words joined by hyphens. Accents
 * are folded ("Café" → "cafe"), "&" reads as "and", and the result is cut at
 * a word boundary. Returns '' when nothing usable is left (e.g. only emoji),
 * so callers can ask for a slug instead of inventing one.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) return slug || word.slice(0, MAX_SLUG_LENGTH);
    slug = next;
  }
  return slug;
}

/** Whether `value` is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
