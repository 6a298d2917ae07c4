import { z } from 'zod';
import type { FrameworkContent } from '@/lib/data/framework-editing';
import { isSlug, slugify } from '@/lib/slug';
import { FRAMEWORK_LABELS as LABELS, FRAMEWORK_LIMITS as LIMITS, type FrameworkFormValues } from './framework-fields';
import { withinMarkdownLimits } from './markdown';
import { storableText, visibleCharacterCount } from './text';

/** An item left empty (or holding only spaces or invisible characters) is a blank row of the editor, not content. */
const isBlankItem = (item: string) => visibleCharacterCount(item) === 0 && !/[\u0000\uFFFD\uD800-\uDFFF]/.test(item);

/**
 * One ordered list (pros, cons, …): blank items are dropped, each other item
 * is one line of storable text kept as typed, and a message names the item
 * ("Pros, item 3 …").
 */
function orderedList(label: string) {
  return z
    .array(z.string())
    .superRefine((items, ctx) => {
      items.forEach((item, index) => {
        if (isBlankItem(item)) return;
        const parsed = storableText(`${label}, item ${index + 1},`, { max: LIMITS.listItem, singleLine: true }).safeParse(item);
        if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]!.message });
      });
      const kept = items.filter((item) => !isBlankItem(item)).length;
      if (kept > LIMITS.listItems) ctx.addIssue({ code: 'custom', message: `${label} can have at most ${LIMITS.listItems} items (there are ${kept}).` });
    })
    .transform((items) => items.filter((item) => !isBlankItem(item)));
}

const requiredLine = (label: string, max: number) => storableText(label, { min: 1, max, singleLine: true });

function releaseYear() {
  return z
    .string({ error: `${LABELS.firstReleased} is required.` })
    .trim()
    .regex(/^\d{4}$/, `${LABELS.firstReleased} must be a year, like 2005.`)
    .transform(Number)
    .refine((year) => year >= LIMITS.firstYear && year <= new Date().getUTCFullYear(), {
      message: `${LABELS.firstReleased} must be between ${LIMITS.firstYear} and this year.`,
    });
}

/** The overview must render on the public page, so the renderer's limits apply here too. */
const overview = storableText(LABELS.overview, { max: LIMITS.overview }).superRefine(withinMarkdownLimits(LABELS.overview));

/** The editor's form → what is stored. An empty slug is made from the name. */
export const frameworkSchema = z
  .object({
    name: requiredLine(LABELS.name, LIMITS.name),
    slug: storableText(LABELS.slug, { max: 200, singleLine: true }),
    language: requiredLine(LABELS.language, LIMITS.language),
    firstReleased: releaseYear(),
    creator: requiredLine(LABELS.creator, LIMITS.creator),
    architecture: requiredLine(LABELS.architecture, LIMITS.architecture),
    bestFor: storableText(LABELS.bestFor, { max: LIMITS.bestFor, singleLine: true }),
    overview,
    pros: orderedList(LABELS.pros),
    cons: orderedList(LABELS.cons),
    bestUseCasesSummary: storableText(LABELS.bestUseCasesSummary, { max: LIMITS.bestUseCasesSummary }).transform((value) => (value === '' ? null : value)),
    bestUseCases: orderedList(LABELS.bestUseCases),
    keyFeatures: orderedList(LABELS.keyFeatures),
  })
  .superRefine((data, ctx) => {
    const slug = data.slug || slugify(data.name);
    if (!slug) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: `${LABELS.slug} is required: the name has no letters or digits to make one from.` });
    } else if (!isSlug(slug)) {
      const suggestion = slugify(slug);
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `${LABELS.slug} may only hold lowercase letters, digits and single hyphens${suggestion ? `, like "${suggestion}"` : ''}.`,
      });
    }
  })
  .transform((data): FrameworkContent => ({ ...data, slug: data.slug || slugify(data.name) }));

export function parseFramework(values: FrameworkFormValues) {
  return frameworkSchema.safeParse(values);
}
