import type { ImportWriter, Upserted } from '@/lib/data/imports';
import type { ImportReport, ReportedKind } from '../report';
import type { LinkMap } from './links';
import type { WxrExport } from './wxr';

/** One import's state: its writer and report, and which of our ids each WordPress item became so far. */
export interface ImportContext {
  wxr: WxrExport;
  writer: ImportWriter;
  report: ImportReport;
  links: LinkMap;
  authorIds: Map<string, number>;
  /** WordPress user id → our user id, for comments written by staff. */
  authorIdsByWpId: Map<string, number>;
  categoryIds: Map<string, number>;
  tagNames: Map<string, string>;
  mediaIds: Map<string, number>;
  postIds: Map<string, number>;
}

export function count(report: ImportReport, kind: ReportedKind, result: Upserted): number {
  report.counts[kind][result.outcome] += 1;
  return result.id;
}
