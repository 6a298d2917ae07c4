import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Something in the source that the Markdown cannot say, and why; the importer's report lists these per item. */
export interface Dropped {
  what: string;
  why: string;
}

export interface ConvertedText {
  markdown: string;
  dropped: Dropped[];
}

/** A new address for a link's or image's old one (an imported post, a library image), or undefined to keep it. */
export type UrlRewrite = (url: string, kind: 'link' | 'image') => string | undefined;

/** Elements with no Markdown form at all: removed with everything inside them. */
const UNSAYABLE: Record<string, string> = {
  iframe: 'Markdown has no embedded frames',
  script: 'scripts are never imported',
  style: 'Markdown has no style sheets',
  noscript: 'scripts are never imported',
  object: 'Markdown has no embedded objects',
  embed: 'Markdown has no embedded objects',
  video: 'Markdown has no video player; upload the video elsewhere and link to it',
  audio: 'Markdown has no audio player; upload the audio elsewhere and link to it',
  canvas: 'Markdown has no drawing surface',
  svg: 'inline SVG can carry script and is refused, as uploads are',
  form: 'Markdown has no forms',
  input: 'Markdown has no forms',
  button: 'Markdown has no forms',
  select: 'Markdown has no forms',
  textarea: 'Markdown has no forms',
};

/** Inline formatting Markdown lacks: the text stays, the formatting goes. */
const UNFORMATTED: Record<string, string> = {
  u: 'Markdown has no underline; it became emphasis',
  sup: 'Markdown has no superscript; the text is kept',
  sub: 'Markdown has no subscript; the text is kept',
  mark: 'Markdown has no highlight; the text is kept',
  small: 'Markdown has no small print; the text is kept',
  font: 'Markdown has no fonts; the text is kept',
};

const BLOCK_START = /^<(?:p|div|h[1-6]|ul|ol|li|pre|blockquote|figure|table|thead|tbody|tr|hr|dl|iframe|form|script|style|video|audio|address|section)[\s>/]/i;

/**
 * What WordPress's wpautop does when it shows a classic-editor post or a comment: text
 * separated by a blank line is a paragraph, a single line break is a <br>. Without it a
 * classic post would arrive as one long paragraph.
 */
export function autoParagraphs(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}

/** Gutenberg's block delimiters, `<!-- wp:image {"id":5} -->` and `<!-- /wp:image -->`: markup for the editor, not content. */
const BLOCK_DELIMITER = /<!--\s*\/?wp:[\s\S]*?-->/g;

function describe(element: Element): string {
  const source = element.properties.src ?? element.properties.href ?? element.properties.action;
  return typeof source === 'string' ? `<${element.tagName}> ${source}` : `<${element.tagName}>`;
}

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** Rewrites the tree in place: removes what cannot be said, rewrites addresses, and lists every loss once with a count. */
function prepareTree(tree: Root, rewrite: UrlRewrite): Dropped[] {
  const losses = new Map<string, { why: string; count: number }>();
  const lose = (what: string, why: string) => {
    const known = losses.get(what);
    if (known) known.count += 1;
    else losses.set(what, { why, count: 1 });
  };
  const visit = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.flatMap((node): Array<RootContent | ElementContent> => {
      if (node.type === 'comment') return [];
      if (node.type !== 'element') return [node];
      const why = UNSAYABLE[node.tagName];
      if (why) {
        lose(describe(node), why);
        return [];
      }
      const classes = classesOf(node);
      if (node.tagName === 'figure' && classes.includes('wp-block-embed')) {
        const url = textOf(node).trim();
        lose(`embed ${url}`, 'Markdown cannot embed a player; it became a plain link');
        return /^https?:\/\//.test(url) ? [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] }] }] : [];
      }
      const unformatted = UNFORMATTED[node.tagName];
      if (unformatted) lose(`<${node.tagName}>`, unformatted);
      if (typeof node.properties.style === 'string') lose('inline style', 'Markdown has no colours, sizes or fonts; the text is kept');
      if (classes.some((name) => /^align(left|right|center)$/.test(name))) lose('alignment', 'Markdown images and paragraphs have no alignment');
      if (node.properties.colSpan !== undefined || node.properties.rowSpan !== undefined) lose('merged table cells', 'Markdown tables have no merged cells');
      for (const [property, kind] of [['href', 'link'], ['src', 'image']] as const) {
        const url = node.properties[property];
        if (typeof url !== 'string') continue;
        const moved = rewrite(url, kind);
        if (moved !== undefined) node.properties[property] = moved;
      }
      if (node.tagName === 'img') delete node.properties.srcSet;
      node.children = visit(node.children) as ElementContent[];
      return [node];
    });
  tree.children = visit(tree.children) as RootContent[];
  return [...losses].map(([what, { why, count }]) => ({ what: count > 1 ? `${what} (×${count})` : what, why }));
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

const toMarkdown = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

/**
 * A WordPress body (block markup or classic HTML) or comment as Markdown: rehype-parse →
 * rehype-remark → remark-stringify, after the block delimiters are stripped and addresses
 * rewritten. Returns what was dropped along the way.
 */
export async function wordpressHtmlToMarkdown(html: string, rewrite: UrlRewrite = () => undefined): Promise<ConvertedText> {
  const hasBlocks = /<!--\s*wp:/.test(html);
  const withoutDelimiters = html.replace(BLOCK_DELIMITER, '');
  const source = hasBlocks ? withoutDelimiters : autoParagraphs(withoutDelimiters);
  const tree = unified().use(rehypeParse, { fragment: true }).parse(source);
  const dropped = prepareTree(tree, rewrite);
  const mdast = await toMarkdown.run(tree);
  const markdown = toMarkdown.stringify(mdast).trim();
  return { markdown, dropped };
}

/** Text WordPress stores HTML-escaped (term names, some titles, excerpts) as the plain text it shows. */
export function plainText(html: string): string {
  return toString(unified().use(rehypeParse, { fragment: true }).parse(html)).replace(/\s+/g, ' ').trim();
}
