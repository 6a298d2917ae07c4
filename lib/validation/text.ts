import { z } from 'zod';

/**
 * Text is stored exactly as typed, or refused with a message naming the
 * field; it is never changed silently (no trimming, no dropped characters).
 *
 * - PostgreSQL rejects NUL bytes in text, and a lone UTF-16 surrogate is
 *   turned into U+FFFD on the way in, so both are refused.
 * - Form decoding turns bytes that are not valid UTF-8 into U+FFFD before any
 *   code of ours sees them, so U+FFFD in input is refused as such.
 * - Lengths count characters (Unicode code points), not UTF-16 units, so an
 *   emoji is one character, as the reader counts it.
 * - Text of only spaces and invisible characters (zero-width spaces, joiners,
 *   a byte-order mark, lone combining marks) counts as empty.
 * - Single-line fields refuse line breaks (the browser's one-line input would
 *   drop them on the next save) and leading or trailing spaces.
 * - A CR LF or lone CR becomes LF: browsers send every line break of a
 *   textarea as CR LF, so this is the line break that was typed, not a change.
 */
export const NUL = /\u0000/;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REPLACEMENT_CHARACTER = /\uFFFD/;
// Other control characters than tab, line feed and carriage return.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Format characters (zero-width space and joiners, BOM, bidi marks), combining marks, and the blank "letters" of Hangul and Braille.
const INVISIBLE = /[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
// JavaScript's \s: every Unicode space, line terminators and U+FEFF (a byte-order mark).
const EDGE_SPACE = /^\s|\s$/u;

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _char of text) count += 1;
  return count;
}

/** The text without spaces and invisible characters at its edges or within: what a reader actually sees. */
export function visibleCharacterCount(text: string): number {
  return characterCount(text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim());
}

const formatted = (count: number) => count.toLocaleString('en-US');

export interface TextRules {
  min?: number;
  max: number;
  /** A one-line field: no line breaks, no spaces at the start or end. */
  singleLine?: boolean;
}

export function storableText(label: string, { min = 0, max, singleLine = false }: TextRules) {
  return z
    .string({ error: `${label} is required.` })
    .refine((value) => !NUL.test(value), { message: `${label} contains a NUL character, which cannot be stored.`, abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), { message: `${label} contains invalid Unicode (a lone surrogate).`, abort: true })
    .refine((value) => !REPLACEMENT_CHARACTER.test(value), {
      message: `${label} contains bytes that are not valid UTF-8 (shown as �). Retype or remove that part.`,
      abort: true,
    })
    .refine((value) => !CONTROL.test(value), { message: `${label} contains control characters.`, abort: true })
    .transform((value) => value.replace(/\r\n?/g, '\n'))
    .refine((value) => !singleLine || !value.includes('\n'), { message: `${label} must be on one line.`, abort: true })
    .refine((value) => min === 0 || visibleCharacterCount(value) > 0, { message: `${label} is required.`, abort: true })
    .refine((value) => value === '' || visibleCharacterCount(value) > 0, {
      message: `${label} holds only spaces or invisible characters. Leave it empty or type some text.`,
      abort: true,
    })
    .refine((value) => !singleLine || !EDGE_SPACE.test(value), { message: `${label} must not start or end with a space.`, abort: true })
    .refine((value) => visibleCharacterCount(value) >= min, `${label} must be at least ${formatted(min)} characters.`)
    .refine((value) => characterCount(value) <= max, {
      error: (issue) => `${label} must be at most ${formatted(max)} characters (it has ${formatted(characterCount(String(issue.input)))}).`,
    });
}

export function optionalStorableText(label: string, max: number, { singleLine = false } = {}) {
  return storableText(label, { max, singleLine }).optional().default('');
}

/**
 * Spaces around an address are stripped, as the browser's own e-mail input
 * does with what was typed (ASCII whitespace only); anything else must be a
 * valid address.
 */
export const emailAddress = (label = 'E-mail') =>
  z
    .string({ error: `${label} is required.` })
    .transform((value) => value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''))
    .pipe(
      z
        .string()
        .min(1, `${label} is required.`)
        .max(254, `${label} must be at most 254 characters.`)
        .pipe(z.email(`${label} must be a valid e-mail address, like name@example.com.`)),
    );
