import { z } from 'zod';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { optionalStorableText, storableText } from './text';
import { MAX_TAG_NAME_LENGTH } from './tags';

export type TermField = 'name' | 'slug' | 'description';
export type MoveField = 'targetId' | 'confirm';

/**
 * A category's or tag's name, slug and description, as the admin types them.
 * The slug may be left empty: it is then made from the name, as a post's is.
 */
export function termSchema(kind: 'category' | 'tag') {
  return z
    .object({
      name: storableText('Name', { min: 1, max: kind === 'tag' ? MAX_TAG_NAME_LENGTH : 100, singleLine: true }),
      slug: storableText('Slug', { max: MAX_SLUG_LENGTH + 20, singleLine: true }),
      description: optionalStorableText('Description', 500),
    })
    .transform((fields, ctx) => {
      const slug = fields.slug === '' ? slugify(fields.name) : fields.slug;
      if (fields.slug === '' && slug === '') {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Slug: the name has no letter or digit to make an address from. Type a slug, like “web-design”.' });
        return z.NEVER;
      }
      if (!isSlug(slug)) {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: `Slug must be lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters, like “web-design”.` });
        return z.NEVER;
      }
      return { ...fields, slug };
    });
}

export const termIdSchema = z.coerce.number().int().positive();

/** Where a merged or deleted term's posts go; `optional` (tags) lets them keep no replacement. */
export function moveSchema(noun: 'category' | 'tag', { optional }: { optional: boolean }) {
  const choose = `Choose the ${noun} its posts move to.`;
  return z.object({
    targetId: optional
      ? z.union([z.literal('').transform(() => null), z.coerce.number({ error: choose }).int(choose).positive(choose)])
      : z.coerce.number({ error: choose }).int(choose).positive(choose),
    confirm: z.literal('yes', { error: 'Tick the box to confirm: this cannot be undone.' }),
  });
}
