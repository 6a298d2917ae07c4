import { z } from 'zod';

/**
 * PostgreSQL rejects NUL bytes in text, and a lone UTF-16 surrogate is
 * silently turned into U+FFFD on the way in, so what the reader typed would
 * not be what is stored. Both are refused up front with a message instead.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Other control characters than tab, line feed and carriage return.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function storableText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label} is required.` })
    .refine((value) => !NUL.test(value), `${label} contains a NUL character, which cannot be stored.`)
    .refine((value) => !LONE_SURROGATE.test(value), `${label} contains invalid Unicode (a lone surrogate).`)
    .refine((value) => !CONTROL.test(value), `${label} contains control characters.`)
    .transform((value) => value.replace(/\r\n?/g, '\n'))
    .refine((value) => min === 0 || value.trim().length > 0, { message: `${label} is required.`, abort: true })
    .refine((value) => value.trim().length >= min, `${label} must be at least ${min} characters.`)
    .refine((value) => [...value].length <= max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`);
}

export function optionalStorableText(label: string, max: number) {
  return storableText(label, { max }).optional().default('');
}

export const emailAddress = (label = 'E-mail') =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(254, `${label} must be at most 254 characters.`)
    .pipe(z.email(`${label} must be a valid e-mail address, like name@example.com.`));
