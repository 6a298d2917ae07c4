/** A typical adult's silent reading speed for prose on a screen. */
export const WORDS_PER_MINUTE = 230;

// Where a link or image points is not read; its text is.
const LINK_TARGET = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const BARE_URL = /\b(?:https?:\/\/|mailto:)\S+/g;
// A run of letters or digits, with inner apostrophes, dots or hyphens ("don't", "v2.0", "well-known").
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Words a reader reads in a Markdown text: markup, link targets and URLs are not counted. Linear in the text. */
export function countWords(markdown: string): number {
  let count = 0;
  const text = markdown.replace(LINK_TARGET, ']').replace(BARE_URL, ' ');
  for (const _ of text.matchAll(WORD)) count += 1;
  return count;
}

/** Whole minutes to read the texts of one article, at least 1. */
export function readingMinutes(...texts: string[]): number {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
