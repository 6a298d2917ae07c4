import type { UpsertOutcome } from '@/lib/data/imports';

export const REPORTED_KINDS = ['authors', 'categories', 'tags', 'media', 'posts', 'comments'] as const;
export type ReportedKind = (typeof REPORTED_KINDS)[number];

/** What an import did, for the person who ran it: counts, what it left out, and what it could not say. */
export interface ImportReport {
  source: string;
  counts: Record<ReportedKind, Record<UpsertOutcome, number>>;
  permalinks: number;
  /** Whole items left out (pages, pingbacks, a post that fails validation, an image not found). */
  skipped: Array<{ item: string; why: string }>;
  /** Parts of a body the Markdown cannot express. */
  dropped: Array<{ item: string; what: string; why: string }>;
  /** Things mapped to something else here, said once each. */
  notes: string[];
}

export function emptyReport(source: string): ImportReport {
  const none = (): Record<UpsertOutcome, number> => ({ created: 0, updated: 0, unchanged: 0, matched: 0 });
  return { source, counts: { authors: none(), categories: none(), tags: none(), media: none(), posts: none(), comments: none() }, permalinks: 0, skipped: [], dropped: [], notes: [] };
}

export function formatReport(report: ImportReport, seconds: number): string {
  const lines = [`Imported ${report.source} in ${seconds.toFixed(2)} s.`];
  for (const kind of REPORTED_KINDS) {
    const { created, updated, unchanged, matched } = report.counts[kind];
    lines.push(`  ${kind.padEnd(11)} ${created} created, ${updated} updated, ${unchanged} unchanged${matched ? `, ${matched} matched to existing` : ''}`);
  }
  lines.push(`  old addresses ${report.permalinks} answer 308`);
  if (report.skipped.length) lines.push('Left out:', ...report.skipped.map((entry) => `  - ${entry.item}: ${entry.why}`));
  if (report.dropped.length) lines.push('Dropped from bodies:', ...report.dropped.map((entry) => `  - ${entry.item}: ${entry.what}: ${entry.why}`));
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((note) => `  - ${note}`));
  return lines.join('\n');
}
