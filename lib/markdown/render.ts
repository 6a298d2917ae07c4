import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { assertWithinDepth, assertWithinInlineLimits, MarkdownLimitError, type InlineLimits, type MarkdownLimits } from './limits';

export { MarkdownLimitError };

/**
 * Posts and framework articles: GFM, headings, images and tables. Raw HTML is
 * never parsed (remark-rehype drops it), and rehype-sanitize runs last, which
 * is what removes `javascript:` links that Markdown itself allows.
 */
const articleSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const profiles = {
  article: {
    schema: articleSchema,
    limits: { maxLength: 100_000, maxDepth: 40, maxDelimitersPerBlock: 400, maxBracketsPerBlock: 200 },
  },
} satisfies Record<string, { schema: SanitizeSchema; limits: MarkdownLimits & InlineLimits }>;

export type MarkdownProfile = keyof typeof profiles;

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown → sanitized HTML. Throws MarkdownLimitError for input it will not render. */
export function renderMarkdown(source: string, profileName: MarkdownProfile = 'article'): string {
  const profile = profiles[profileName];
  if (source.length > profile.limits.maxLength) {
    throw new MarkdownLimitError(`The text is longer than ${profile.limits.maxLength.toLocaleString('en-US')} characters.`);
  }
  assertWithinInlineLimits(source, profile.limits.maxDepth, profile.limits);
  try {
    const mdast = parser.runSync(parser.parse(source)) as MdastRoot;
    assertWithinDepth(mdast, profile.limits.maxDepth);
    const toHtml = unified().use(remarkRehype).use(rehypeSanitize, profile.schema).use(rehypeStringify);
    const hast = toHtml.runSync(mdast) as HastRoot;
    return toHtml.stringify(hast);
  } catch (error) {
    // Every step of the pipeline recurses; pathological nesting (thousands of
    // list markers or emphasis runs) exhausts the stack before the depth check
    // can see the tree. That is a property of the input, so it is reported as one.
    if (error instanceof RangeError) throw new MarkdownLimitError('The text has too much nesting to render.');
    throw error;
  }
}
