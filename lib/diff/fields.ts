import { diffStats, diffWords, type DiffPart } from './words';

/** A saved field's value as revisions hold it: text, a number, nothing, or an ordered list. */
export type FieldValue = string | number | boolean | null | undefined | readonly string[];
export type FieldMap = Readonly<Record<string, FieldValue>>;

export interface FieldChange {
  field: string;
  label: string;
  parts: DiffPart[];
  added: number;
  removed: number;
}

/** Lists compare as one item per line, so a moved, added or removed item reads as a line. */
export function fieldText(value: FieldValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/**
 * A word diff per field that differs between two versions of an item, in the
 * order of `labels` (fields without a label are not shown). Works for any kind
 * of content: posts and frameworks pass their own field maps and labels.
 */
export function diffFields(before: FieldMap, after: FieldMap, labels: Readonly<Record<string, string>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(labels)) {
    const from = fieldText(before[field]);
    const to = fieldText(after[field]);
    if (from === to) continue;
    const parts = diffWords(from, to);
    changes.push({ field, label, parts, ...diffStats(parts) });
  }
  return changes;
}
