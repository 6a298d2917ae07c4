/**
 * A "Top N" post's body may hold this marker on a line of its own: the ranked
 * frameworks are rendered there, between the introduction and the conclusion.
 * Without it they follow the body.
 */
export const RANKED_LIST_MARKER = '[[ranked-list]]';

export function splitAtRankedList(body: string): { before: string; after: string } {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => line.trim() === RANKED_LIST_MARKER);
  if (index === -1) return { before: body, after: '' };
  return { before: lines.slice(0, index).join('\n').trim(), after: lines.slice(index + 1).join('\n').trim() };
}

/** How many entries a title promises: "Top 10 Backend Frameworks" → 10; null when it names no number. */
export function promisedCount(title: string): number | null {
  const match = /\btop\s+(\d{1,3})\b/i.exec(title);
  return match ? Number(match[1]) : null;
}
