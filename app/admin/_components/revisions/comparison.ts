import type { RevisionSummary } from '@/lib/data/revisions';

export interface RevisionPair {
  from: RevisionSummary;
  to: RevisionSummary;
}

function pick(revisions: RevisionSummary[], raw: string | string[] | undefined): RevisionSummary | undefined {
  const id = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(id) ? revisions.find((revision) => revision.id === id) : undefined;
}

/**
 * Which two revisions a history page compares, from `?from=<id>&to=<id>`.
 * Unknown or missing ids fall back to the newest revision and the one before
 * it; the older of the two is always `from`. Null with fewer than two revisions.
 */
export function pickComparison(revisions: RevisionSummary[], params: { from?: string | string[]; to?: string | string[] }): RevisionPair | null {
  if (revisions.length < 2) return null;
  const newestFirst = [...revisions].sort((a, b) => b.version - a.version);
  let to = pick(revisions, params.to) ?? newestFirst[0]!;
  let from = pick(revisions, params.from) ?? newestFirst.find((revision) => revision.version < to.version) ?? newestFirst[1]!;
  if (from.version > to.version) [from, to] = [to, from];
  return { from, to };
}
