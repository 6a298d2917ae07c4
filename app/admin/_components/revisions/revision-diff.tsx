import { diffFields, type FieldMap } from '@/lib/diff/fields';
import { diffWords } from '@/lib/diff/words';
import { DiffText, FieldChanges } from './field-changes';

/** A word diff of two texts, e.g. two revisions of a Markdown body. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  return <DiffText parts={diffWords(before, after)} />;
}

/**
 * A word diff per changed field of two revisions of any kind of item. `labels`
 * names the fields to compare and their order; lists read one item per line.
 */
export function FieldsDiff({ before, after, labels, headingLevel, emptyMessage }: { before: FieldMap; after: FieldMap; labels: Readonly<Record<string, string>>; headingLevel?: 2 | 3 | 4; emptyMessage?: string }) {
  return <FieldChanges changes={diffFields(before, after, labels)} headingLevel={headingLevel} emptyMessage={emptyMessage} />;
}
