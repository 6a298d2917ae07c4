/** An audit row's details as one readable line: `from: author, to: editor`. */
export function describeDetails(details: unknown): string {
  if (details === null || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
