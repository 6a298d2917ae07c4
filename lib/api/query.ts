import { z } from 'zod';
import { isSlug } from '@/lib/slug';

/**
 * Query strings of the content API, checked before anything is read: a parameter the route does
 * not take, one given twice, or a malformed value is a 400 naming it, never an empty result that
 * looks like an answer.
 */
export type QueryCheck<T> = { ok: true; value: T } | { ok: false; message: string };

const slug = (name: string) => z.string().refine(isSlug, `${name} must be a slug: lowercase letters, digits and single hyphens`);
const wholeNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^[1-9]\d{0,5}$/, `${name} must be a whole number from 1`)
    .transform(Number)
    .refine((value) => value <= max, `${name} must be at most ${max}`);

export const MAX_PER_PAGE = 50;

export const postListQuery = z.object({
  category: slug('category').optional(),
  tag: slug('tag').optional(),
  author: slug('author').optional(),
  page: wholeNumber('page', 100_000).default(1),
  per_page: wholeNumber('per_page', MAX_PER_PAGE).default(10),
});

export const noQuery = z.object({});

export function parseQuery<Schema extends z.ZodObject>(schema: Schema, search: URLSearchParams): QueryCheck<z.output<Schema>> {
  const given: Record<string, string> = {};
  for (const [name, value] of search) {
    if (!(name in schema.shape)) {
      const takes = Object.keys(schema.shape);
      return { ok: false, message: `Unknown query parameter “${name}”; ${takes.length ? `this address takes ${takes.join(', ')}` : 'this address takes none'}.` };
    }
    if (name in given) return { ok: false, message: `The query parameter “${name}” is given twice.` };
    given[name] = value;
  }
  const result = schema.safeParse(given);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]!.message };
}

