import { diffWords, type DiffPart } from '@/lib/diff/words';
import type { EditablePost, PostContent } from '@/lib/data/post-editing';
import { contentOf } from '@/lib/data/post-editing';

export interface ConflictField {
  label: string;
  parts: DiffPart[];
}

/** What the refused author is shown: the other person's change, field by field. */
export interface PostConflict {
  currentVersion: number;
  savedAt: string;
  changes: ConflictField[];
}

const FIELD_LABELS: Array<[keyof PostContent, string]> = [
  ['title', 'Title'],
  ['slug', 'Slug'],
  ['excerpt', 'Excerpt'],
  ['body', 'Body'],
  ['status', 'Status'],
  ['publishedAt', 'Publish time'],
  ['categoryId', 'Category'],
];

/**
 * The change made since the version the author started from. When that
 * version's revision is unknown (content older than revisions), every stored
 * field is shown as it now stands.
 */
export function describeConflict(base: PostContent | null, current: EditablePost): PostConflict {
  const now = contentOf(current);
  const changes: ConflictField[] = [];
  for (const [field, label] of FIELD_LABELS) {
    const before = base ? String(base[field] ?? '') : '';
    const after = String(now[field] ?? '');
    if (before !== after) changes.push({ label, parts: base ? diffWords(before, after) : [{ kind: 'same', text: after }] });
  }
  return { currentVersion: current.version, savedAt: current.updatedAt.toISOString(), changes };
}
