import { z } from 'zod';
import { isSlug, slugify } from '@/lib/slug';
import { characterCount, storableText } from './text';

export const MAX_TAGS_PER_POST = 20;
export const MAX_TAG_NAME_LENGTH = 50;

/** Tags as an editor writes them, `Django, REST APIs, python`, back into the one line the field shows. */
export function formatTagList(names: readonly string[]): string {
  return names.join(', ');
}

/**
 * The post form's "Tags" field: names separated by commas. Each name is
 * trimmed and kept as typed; a name written twice (`REST APIs, rest apis`)
 * is one tag, the first spelling winning. Two different names that would
 * share an address (`C++` and `C#` both make /tag/c) and a name that makes
 * no address are refused, naming them, rather than merged or dropped.
 */
export const tagListField = storableText('Tags', { max: 2_000 }).transform((value, ctx) => {
  const names: string[] = [];
  const nameOfSlug = new Map<string, string>();
  // A pasted list, one per line, reads as one separated by commas.
  for (const raw of value.split(/[,\n]/)) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    if (characterCount(name) > MAX_TAG_NAME_LENGTH) {
      ctx.addIssue({ code: 'custom', message: `Tags: “${name.slice(0, 20)}…” is longer than ${MAX_TAG_NAME_LENGTH} characters.` });
      return z.NEVER;
    }
    const slug = slugify(name);
    if (!isSlug(slug)) {
      ctx.addIssue({ code: 'custom', message: `Tags: “${name}” needs at least one letter or digit.` });
      return z.NEVER;
    }
    const earlier = nameOfSlug.get(slug);
    if (earlier !== undefined && earlier.toLowerCase() !== name.toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: `Tags: “${earlier}” and “${name}” would share the address /tag/${slug}. Rename one.` });
      return z.NEVER;
    }
    if (earlier !== undefined) continue;
    nameOfSlug.set(slug, name);
    names.push(name);
  }
  if (names.length > MAX_TAGS_PER_POST) {
    ctx.addIssue({ code: 'custom', message: `Tags: at most ${MAX_TAGS_PER_POST} per post (there are ${names.length}).` });
    return z.NEVER;
  }
  return names;
});
