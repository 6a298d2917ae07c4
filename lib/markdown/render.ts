import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { characterCount } from '@/lib/validation/text';
import { rehypeHeadingAnchors, type OutlineEntry } from './headings';
import { HIGHLIGHT_CLASS_NAMES, rehypeBudgetedHighlight } from './highlight';
import { rehypeLibraryPictures, type PictureOptions } from './pictures';
import { assertWithinDepth, assertWithinInlineLimits, MarkdownLimitError, type InlineLimits, type MarkdownLimits } from './limits';

export { MarkdownLimitError, type OutlineEntry };

/**
 * Posts and framework articles: GFM, headings, images and tables. Raw HTML is
 * never parsed (remark-rehype drops it), and rehype-sanitize runs last, which
 * is what removes `javascript:` links that Markdown itself allows.
 */
const articleSchema: SanitizeSchema = {
  ...defaultSchema,
  // <picture>, its sources and <figure> come only from rehypeLibraryPictures (raw HTML is never parsed).
  tagNames: [...(defaultSchema.tagNames ?? []), 'picture', 'source', 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    // The "#" link rehypeHeadingAnchors appends to each heading, beside GFM's footnote back-links.
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', 'data-footnote-backref', 'heading-anchor']],
    // Highlighted code (rehypeBudgetedHighlight): `hljs` on the block, highlight.js's classes on its spans, nothing else.
    code: [['className', /^language-./, 'hljs']],
    span: [['className', ...HIGHLIGHT_CLASS_NAMES]],
    pre: [['tabIndex', 0]],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'markdown-heading']],
    img: [...(defaultSchema.attributes?.img ?? []), 'srcSet', 'sizes', 'width', 'height', ['loading', 'lazy'], ['decoding', 'async'], ['fetchPriority', 'high']],
    source: ['srcSet', 'sizes', ['type', 'image/avif', 'image/webp']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/** What every link in a comment carries: no ranking credit, marked as user content, no opener access. */
export const COMMENT_LINK_REL = 'nofollow ugc noopener';

/**
 * Comments: paragraphs, emphasis, strikethrough, inline code, fenced code
 * blocks and links, nothing else. Only http(s) and mailto links survive, and
 * the only attributes are a link's href and rel and a code block's language.
 */
const commentSchema: SanitizeSchema = {
  tagNames: ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'a'],
  attributes: { a: ['href', ['rel', ...COMMENT_LINK_REL.split(' ')]], code: [['className', /^language-[\w-]+$/]] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
  clobberPrefix: 'user-content-',
};

/**
 * Markdown constructs a comment does not get. Disabled in the parser rather
 * than removed afterwards, so `# Hi`, `- item`, `> quote`, `![x](y)` or
 * `<b>` stay the literal text the reader typed and are shown escaped.
 */
const COMMENT_DISABLED_CONSTRUCTS = [
  'headingAtx',
  'setextUnderline',
  'blockQuote',
  'list',
  'thematicBreak',
  'codeIndented',
  'htmlFlow',
  'htmlText',
  'labelStartImage',
  'definition',
  'table',
  'tasklistCheck',
  'gfmFootnoteDefinition',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
];

function commentConstructsOnly(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: COMMENT_DISABLED_CONSTRUCTS } });
}

/** Adds COMMENT_LINK_REL to every link. Runs before the sanitizer, which stays the last step and allows exactly this rel. */
function commentLinkRel() {
  return (tree: HastRoot) => {
    const stack: Array<HastRoot | HastContent> = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'element' && (node as Element).tagName === 'a') (node as Element).properties.rel = COMMENT_LINK_REL.split(' ');
      if ('children' in node) stack.push(...node.children);
    }
  };
}

interface Profile {
  parser: Processor<MdastRoot>;
  toHtml: Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;
  limits: MarkdownLimits & InlineLimits;
}

const profiles = {
  article: {
    parser: unified().use(remarkParse).use(remarkGfm).freeze(),
    toHtml: unified().use(remarkRehype, { clobberPrefix: '' }).use(rehypeLibraryPictures).use(rehypeHeadingAnchors).use(rehypeBudgetedHighlight).use(rehypeSanitize, articleSchema).use(rehypeStringify).freeze(),
    limits: { maxLength: 100_000, maxDepth: 40, maxDelimitersPerBlock: 400, maxBracketsPerBlock: 200 },
  },
  comment: {
    parser: unified().use(remarkParse).use(remarkGfm).use(commentConstructsOnly).freeze(),
    toHtml: unified().use(remarkRehype).use(commentLinkRel).use(rehypeSanitize, commentSchema).use(rehypeStringify).freeze(),
    limits: { maxLength: 5_000, maxDepth: 10, maxDelimitersPerBlock: 200, maxBracketsPerBlock: 100 },
  },
} as unknown as Record<'article' | 'comment', Profile>;

export type MarkdownProfile = keyof typeof profiles;

export function markdownLimits(profileName: MarkdownProfile): MarkdownLimits & InlineLimits {
  return profiles[profileName].limits;
}

/** Markdown → syntax tree, within the profile's limits. Throws MarkdownLimitError for input it will not handle. */
export function parseMarkdown(source: string, profileName: MarkdownProfile = 'article'): MdastRoot {
  const profile = profiles[profileName];
  // Characters as the writer counts them (code points), as the form's own limit does.
  if (characterCount(source) > profile.limits.maxLength) {
    throw new MarkdownLimitError(`The text is longer than ${profile.limits.maxLength.toLocaleString('en-US')} characters.`);
  }
  assertWithinInlineLimits(source, profile.limits.maxDepth, profile.limits);
  return guardStack(() => {
    const mdast = profile.parser.runSync(profile.parser.parse(source)) as MdastRoot;
    assertWithinDepth(mdast, profile.limits.maxDepth);
    return mdast;
  });
}

/**
 * Markdown → sanitized HTML. Throws MarkdownLimitError for input it will not
 * render. `pictures` names the library images the text uses, which become <picture>s.
 */
export function renderMarkdown(source: string, profileName: MarkdownProfile = 'article', pictures?: PictureOptions): string {
  return renderWithOutline(source, profileName, pictures).html;
}

/** An article's HTML and its headings (with the ids they carry in the page), for a table of contents. */
export function renderWithOutline(source: string, profileName: MarkdownProfile = 'article', pictures?: PictureOptions): { html: string; outline: OutlineEntry[] } {
  const mdast = parseMarkdown(source, profileName);
  const { toHtml } = profiles[profileName];
  return guardStack(() => {
    const file = new VFile({ data: { pictures } });
    const html = toHtml.stringify(toHtml.runSync(mdast, file) as HastRoot, file);
    return { html, outline: (file.data as { outline?: OutlineEntry[] }).outline ?? [] };
  });
}

function guardStack<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    // Every step of the pipeline recurses; pathological nesting (thousands of
    // list markers or emphasis runs) exhausts the stack before the depth check
    // can see the tree. That is a property of the input, so it is reported as one.
    if (error instanceof RangeError) throw new MarkdownLimitError('The text has too much nesting to render.');
    throw error;
  }
}
