import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * A word-level diff of two Markdown texts, whitespace kept so line breaks in
 * the source stay visible. Adjacent parts of one kind are merged so the view
 * reads as phrases, not single words.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
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
