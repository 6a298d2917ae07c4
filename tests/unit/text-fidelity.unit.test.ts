import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { blockedWordSchema } from '@/lib/validation/comment-admin';
import { commentSchema } from '@/lib/validation/comment';
import { frameworkSchema } from '@/lib/validation/framework';
import { emptyFrameworkValues } from '@/lib/validation/framework-fields';
import { postFormSchema } from '@/lib/validation/post';
import { quoteRequestSchema } from '@/lib/validation/quote';
import { signInSchema } from '@/lib/validation/sign-in';
import { newUserSchema } from '@/lib/validation/user';

/**
 * The sweep of issue 16: every text field of every form, at its limit and one
 * character over (counted in code points), and every way text used to be
 * changed without telling the writer. Each field keeps the text exactly or
 * refuses it with a message naming the field.
 */
interface Field {
  form: string;
  field: string;
  label: string;
  max: number;
  min?: number;
  singleLine: boolean;
  required: boolean;
  /** A list item: an empty one is a blank row of the editor, dropped. */
  listItem?: boolean;
  /** Parses the form with this field set to `value`; the stored value, or the field's message. */
  parse: (value: string) => { stored: unknown } | { message: string };
}

function fieldOf(schema: z.ZodType, valid: Record<string, unknown>, field: string, read: (data: Record<string, unknown>) => unknown = (data) => data[field]) {
  return (value: string) => {
    const input = { ...valid };
    const [name, index] = field.split('.');
    input[name!] = index === undefined ? value : [value];
    const result = schema.safeParse(input);
    if (result.success) return { stored: read(result.data as Record<string, unknown>) };
    const issue = result.error.issues.find((candidate) => candidate.path[0] === name);
    return issue ? { message: issue.message } : { stored: `(refused elsewhere: ${result.error.issues[0]?.message})` };
  };
}

const quote = { name: 'Ada Lovelace', email: 'ada@example.com', company: '', message: 'We need a new marketing site by spring.' };
const comment = { name: 'Ada', email: 'ada@example.com', body: 'A comment.' };
const post = { title: 'A title', slug: '', excerpt: '', categoryId: '1', body: '', status: 'draft', publishAt: '', publishAtIso: '', version: '0' };
const framework = { ...emptyFrameworkValues(), name: 'Hono', language: 'TypeScript', firstReleased: '2021', creator: 'Yusuke Wada', architecture: 'Middleware' };
const user = { name: 'Ada', email: 'ada@example.com', role: 'author', password: 'a long passphrase' };

const FIELDS: Field[] = [
  { form: 'quote', field: 'name', label: 'Name', max: 100, singleLine: true, required: true, parse: fieldOf(quoteRequestSchema, quote, 'name') },
  { form: 'quote', field: 'company', label: 'Company', max: 150, singleLine: true, required: false, parse: fieldOf(quoteRequestSchema, quote, 'company') },
  { form: 'quote', field: 'message', label: 'Message', max: 5000, min: 10, singleLine: false, required: true, parse: fieldOf(quoteRequestSchema, quote, 'message') },
  { form: 'comment', field: 'name', label: 'Name', max: 100, singleLine: true, required: true, parse: fieldOf(commentSchema, comment, 'name') },
  { form: 'comment', field: 'body', label: 'Comment', max: 5000, singleLine: false, required: true, parse: fieldOf(commentSchema, comment, 'body') },
  { form: 'post', field: 'title', label: 'Title', max: 200, singleLine: true, required: true, parse: fieldOf(postFormSchema(), post, 'title') },
  { form: 'post', field: 'excerpt', label: 'Excerpt', max: 500, singleLine: false, required: false, parse: fieldOf(postFormSchema(), post, 'excerpt') },
  { form: 'post', field: 'body', label: 'Body', max: 100_000, singleLine: false, required: false, parse: fieldOf(postFormSchema(), post, 'body') },
  ...(
    [
      ['name', 'Name', 100, true],
      ['language', 'Language', 100, true],
      ['creator', 'Creator', 200, true],
      ['architecture', 'Architecture', 200, true],
      ['bestFor', 'Best for', 300, false],
    ] as const
  ).map(([field, label, max, required]): Field => ({ form: 'framework', field, label, max, singleLine: true, required, parse: fieldOf(frameworkSchema, framework, field) })),
  { form: 'framework', field: 'overview', label: 'Overview', max: 20_000, singleLine: false, required: false, parse: fieldOf(frameworkSchema, framework, 'overview') },
  {
    form: 'framework',
    field: 'bestUseCasesSummary',
    label: 'Best use cases summary',
    max: 2_000,
    singleLine: false,
    required: false,
    parse: fieldOf(frameworkSchema, framework, 'bestUseCasesSummary', (data) => data.bestUseCasesSummary ?? ''),
  },
  ...(['pros', 'cons', 'bestUseCases', 'keyFeatures'] as const).map(
    (list): Field => ({
      form: 'framework',
      field: `${list}.0`,
      label: `${{ pros: 'Pros', cons: 'Cons', bestUseCases: 'Best use cases', keyFeatures: 'Key features' }[list]}, item 1,`,
      max: 500,
      singleLine: true,
      required: false,
      listItem: true,
      parse: fieldOf(frameworkSchema, framework, `${list}.0`, (data) => (data[list] as string[])[0] ?? ''),
    }),
  ),
  { form: 'user', field: 'name', label: 'Name', max: 100, singleLine: true, required: true, parse: fieldOf(newUserSchema, user, 'name') },
  { form: 'blocked words', field: 'word', label: 'Blocked word', max: 100, singleLine: true, required: true, parse: fieldOf(blockedWordSchema, { word: 'casino' }, 'word') },
];

const name = (field: Field) => `${field.form} ${field.field}`;
const EMOJI = '😀';

describe.each(FIELDS.map((field) => [name(field), field] as const))('%s', (_name, field) => {
  const filler = (count: number) => `x${EMOJI.repeat(count - 1)}`;

  it('keeps text at the limit exactly, counting an emoji as one character', () => {
    expect(field.parse(filler(field.max))).toEqual({ stored: filler(field.max) });
  });

  it('refuses one character over the limit, naming the field and the limit in characters', () => {
    expect(field.parse(filler(field.max + 1))).toEqual({
      message: `${field.label} must be at most ${field.max.toLocaleString('en-US')} characters (it has ${(field.max + 1).toLocaleString('en-US')}).`,
    });
  });

  it('keeps a leading byte-order mark or refuses it, never strips it', () => {
    const typed = `\uFEFF${filler(12)}`;
    const result = field.parse(typed);
    if ('stored' in result) expect(result.stored).toBe(typed);
    else expect(result.message).toBe(`${field.label} must not start or end with a space.`);
  });

  it('keeps spaces around the text or refuses them, never trims', () => {
    const typed = `  ${filler(12)} `;
    const result = field.parse(typed);
    if (field.singleLine) expect(result).toEqual({ message: `${field.label} must not start or end with a space.` });
    else expect(result).toEqual({ stored: typed });
  });

  it('treats text of only zero-width and invisible characters as empty', () => {
    const invisible = '\u200B\u200C\u200D\u2060\uFEFF\u0301';
    if (field.listItem) expect(field.parse(invisible)).toEqual({ stored: '' });
    else if (field.required) expect(field.parse(invisible)).toEqual({ message: `${field.label} is required.` });
    else expect(field.parse(invisible)).toEqual({ message: `${field.label} holds only spaces or invisible characters. Leave it empty or type some text.` });
  });

  it(field.singleLine ? 'refuses a line break' : 'keeps line breaks', () => {
    const typed = `${filler(6)}\n${filler(6)}`;
    expect(field.parse(typed)).toEqual(field.singleLine ? { message: `${field.label} must be on one line.` } : { stored: typed });
  });

  it('refuses the replacement character that invalid UTF-8 decodes to', () => {
    expect(field.parse(`${filler(12)} \uFFFD`)).toEqual({ message: `${field.label} contains bytes that are not valid UTF-8 (shown as �). Retype or remove that part.` });
  });

  it('refuses NUL and lone surrogates, which PostgreSQL cannot store as typed', () => {
    expect(field.parse(`${filler(12)}\u0000`)).toEqual({ message: `${field.label} contains a NUL character, which cannot be stored.` });
    expect(field.parse(`${filler(12)}\uD800`)).toEqual({ message: `${field.label} contains invalid Unicode (a lone surrogate).` });
    expect(field.parse(`${filler(12)}\uDC00x`)).toEqual({ message: `${field.label} contains invalid Unicode (a lone surrogate).` });
  });
});

describe('counting in code points elsewhere', () => {
  it('takes a 5,000-emoji comment', () => {
    expect(commentSchema.safeParse({ ...comment, body: EMOJI.repeat(5000) }).success).toBe(true);
  });

  it('counts a quote message minimum in visible characters, not invisible ones', () => {
    const result = quoteRequestSchema.safeParse({ ...quote, message: `Hi${'\u200B'.repeat(20)}` });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Message must be at least 10 characters.']);
  });

  it('counts passwords in characters for their minimum and maximum', () => {
    expect(newUserSchema.safeParse({ ...user, password: EMOJI.repeat(6) }).error?.issues[0]?.message).toBe('Password must be at least 12 characters.');
    expect(newUserSchema.safeParse({ ...user, password: EMOJI.repeat(1000) }).success).toBe(true);
    expect(newUserSchema.safeParse({ ...user, password: EMOJI.repeat(1001) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: 'ada@example.com', password: EMOJI.repeat(1000) }).success).toBe(true);
  });

  it('keeps a post slug as typed: one with capitals is refused with a suggestion, not lowercased', () => {
    const result = postFormSchema().safeParse({ ...post, slug: 'My-Post' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['slug'], message: expect.stringContaining('"my-post"') });
    expect(postFormSchema().safeParse({ ...post, slug: ' my-post' }).error?.issues[0]).toMatchObject({ path: ['slug'] });
  });
});
