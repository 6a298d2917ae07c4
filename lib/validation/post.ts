import { z } from 'zod';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { withinMarkdownLimits } from './markdown';
import { tagListField } from './tags';
import { optionalStorableText, storableText } from './text';

export const POST_FIELDS = ['title', 'slug', 'excerpt', 'categoryId', 'tags', 'body', 'status', 'publishAt', 'publishAtIso', 'version'] as const;
export type PostField = (typeof POST_FIELDS)[number];

export const POST_STATUSES = ['draft', 'published', 'scheduled'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * The time a scheduled post goes live. The browser sends its own reading of
 * the picker as an ISO instant (publishAtIso, set by the form's script); a
 * form sent without JavaScript has only the picker's wall-clock value, which
 * is read as UTC, as the field's label says.
 */
function parsePublishAt(iso: string, local: string): Date | null {
  const candidate = iso ? new Date(iso) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local) ? new Date(`${local}Z`) : null;
  // Years past 9999 have no ISO form PostgreSQL reads back; nobody schedules that far ahead.
  return candidate && !Number.isNaN(candidate.getTime()) && candidate.getUTCFullYear() <= 9999 ? candidate : null;
}

export function postFormSchema(now: Date = new Date()) {
  return z
    .object({
      title: storableText('Title', { min: 1, max: 200, singleLine: true }),
      slug: storableText('Slug', { max: 200, singleLine: true }),
      excerpt: optionalStorableText('Excerpt', 500),
      categoryId: z.coerce.number({ error: 'Category is required.' }).int('Choose a category.').positive('Choose a category.').max(2_147_483_647, 'Choose a category.'),
      // Absent (a form from before tags, during a deploy): the post keeps its tags. Empty: it has none.
      tags: tagListField.optional(),
      body: storableText('Body', { max: 100_000 }).superRefine(withinMarkdownLimits('Body')),
      status: z.enum(POST_STATUSES, { error: 'Status must be draft, published or scheduled.' }),
      publishAt: z.string(),
      publishAtIso: z.string(),
      version: z.coerce.number().int().nonnegative().max(2_147_483_647),
    })
    .transform((input, ctx) => {
      // A typed slug is kept as typed: one that is not a slug is refused with a suggestion, never rewritten.
      const slug = input.slug === '' ? slugify(input.title) : input.slug;
      if (!isSlug(slug)) {
        const suggestion = input.slug === '' ? '' : slugify(input.slug);
        ctx.addIssue({
          code: 'custom',
          path: ['slug'],
          message:
            input.slug === ''
              ? 'Slug could not be made from the title. Type one: lowercase letters, digits and hyphens.'
              : `Slug may use only lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters${suggestion ? `, like "${suggestion}"` : ''}.`,
        });
        return z.NEVER;
      }
      let publishAt: Date | null = null;
      if (input.status === 'scheduled') {
        publishAt = parsePublishAt(input.publishAtIso, input.publishAt);
        if (!publishAt) {
          ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Publish time is required for a scheduled post.' });
          return z.NEVER;
        }
        if (publishAt.getTime() <= now.getTime()) {
          ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Publish time must be in the future. To publish now, choose “Published”.' });
          return z.NEVER;
        }
      }
      return { title: input.title, slug, excerpt: input.excerpt, categoryId: input.categoryId, tags: input.tags, body: input.body, status: input.status, publishAt, version: input.version };
    });
}

export type PostInput = Omit<z.output<ReturnType<typeof postFormSchema>>, 'version'>;
