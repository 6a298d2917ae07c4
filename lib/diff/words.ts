import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Spaces on one line: folded into a change around them ("TJ Holowaychuk" → "The team" reads as one replacement). */
const INLINE_SPACE = /^[ \t]+$/;

/**
 * A word-level diff of two Markdown texts, whitespace kept so line breaks in
 * the source stay visible. A run of changes separated only by spaces reads as
 * one removed phrase followed by one added phrase, not word-by-word
 * alternation; line breaks end a run, so list items stay on their own lines.
 * Joining the same and removed parts gives `before`; same and added, `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let removed = '';
  let added = '';
  let space = '';
  const endRun = () => {
    push('removed', removed);
    push('added', added);
    push('same', space);
    removed = added = space = '';
  };
  for (const change of diffWordsWithSpace(before, after)) {
    const inRun = removed !== '' || added !== '';
    if (!change.added && !change.removed) {
      if (inRun && INLINE_SPACE.test(change.value)) {
        space += change.value;
        continue;
      }
      endRun();
      push('same', change.value);
      continue;
    }
    // The spaces between two changes belong to both texts.
    removed += space;
    added += space;
    space = '';
    if (change.added) added += change.value;
    else removed += change.value;
  }
  endRun();
  return parts;
}

/** Whether two texts differ at all, and by how many words each way. */
export function diffStats(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'added') added += words(part.text);
    if (part.kind === 'removed') removed += words(part.text);
  }
  return { added, removed };
}
