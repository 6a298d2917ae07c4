import { diff3Merge } from 'node-diff3';

/** Lines with their endings, so joining them gives back the text byte for byte. */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function mergeSequences<T>(mine: T[], base: T[], theirs: T[]): T[] | null {
  const merged: T[] = [];
  for (const region of diff3Merge<T>(mine, base, theirs, { excludeFalseConflicts: true })) {
    if (region.conflict) return null;
    merged.push(...(region.ok ?? []));
  }
  return merged;
}

/**
 * A three-way merge of two edits of one text, line by line (a paragraph of
 * Markdown is a line): null when both changed the same or adjacent lines,
 * which only a person can settle.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  const merged = mergeSequences(linesOf(mine), linesOf(base), linesOf(theirs));
  return merged === null ? null : merged.join('');
}

type Mergeable = string | number | boolean | null | readonly string[];

export type FieldMerge<Content> = { ok: true; merged: Content } | { ok: false; conflicts: Array<keyof Content & string> };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges one person's edit of an item (`mine`) with another's saved since
 * (`theirs`), both made on `base`. A field only one side changed takes that
 * side. A field both changed merges line by line when it is text of several
 * lines, item by item when it is a list; any other field both changed, and
 * any overlap, is a conflict.
 */
export function mergeFields<Content extends { [Key in keyof Content]: Mergeable }>(base: Content, mine: Content, theirs: Content): FieldMerge<Content> {
  const merged = { ...mine };
  const conflicts: Array<keyof Content & string> = [];
  for (const key of Object.keys(mine) as Array<keyof Content & string>) {
    const [o, a, b]: Mergeable[] = [base[key], mine[key], theirs[key]];
    if (same(a, b) || same(b, o)) continue;
    if (same(a, o)) {
      merged[key] = theirs[key];
      continue;
    }
    const combined =
      typeof a === 'string' && typeof o === 'string' && typeof b === 'string' && (a + o + b).includes('\n')
        ? mergeText(o, a, b)
        : Array.isArray(a) && Array.isArray(o) && Array.isArray(b)
          ? mergeSequences<string>([...a], [...o], [...b])
          : null;
    if (combined === null) conflicts.push(key);
    else merged[key] = combined as Content[typeof key];
  }
  return conflicts.length > 0 ? { ok: false, conflicts } : { ok: true, merged };
}
