import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { defaultSchema } from 'rehype-sanitize';
import type { VFile } from 'vfile';

/** What rehype-sanitize puts before every id it lets through, so content cannot clobber the page's own ids. */
export const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

/** One heading of a rendered article: its level, its text and the id it carries in the page (prefix included). */
export interface OutlineEntry {
  depth: number;
  text: string;
  id: string;
}

const HEADING = /^h([1-6])$/;

/**
 * Rehype step: every heading gets a GitHub-style slug id and a "#" link to itself, and the
 * headings are recorded on the file (`file.data.outline`) for the table of contents. It runs
 * before rehype-sanitize, which stays last and prefixes every id with CLOBBER_PREFIX: ids are
 * written here bare, and every in-page link (the "#" links, GFM footnotes, an author's own
 * `[see](#setup)`) is pointed at the prefixed id the element will have in the page.
 * Expects remark-rehype to leave footnote ids bare (`clobberPrefix: ''`), or they are prefixed twice.
 */
export function rehypeHeadingAnchors() {
  return (tree: HastRoot, file: VFile) => {
    const slugger = new GithubSlugger();
    const outline: OutlineEntry[] = [];
    const ids = new Set<string>();
    const links: Element[] = [];
    const stack: Array<HastRoot | HastContent> = [tree];
    const wrap = (heading: Element): Element => {
      const text = toString(heading).trim();
      const id = slugger.slug(text);
      heading.properties.id = id;
      outline.push({ depth: Number(HEADING.exec(heading.tagName)![1]), text, id: CLOBBER_PREFIX + id });
      // Beside the heading, not in it, so the heading's accessible name stays its text (as GitHub does).
      return { type: 'element', tagName: 'div', properties: { className: ['markdown-heading'] }, children: [heading, anchorLink(CLOBBER_PREFIX + id, text)] };
    };
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'element') {
        if (node.properties.id !== undefined) ids.add(String(node.properties.id));
        if (node.tagName === 'a' && String(node.properties.href ?? '').startsWith('#')) links.push(node);
      }
      if (!('children' in node)) continue;
      // A heading that has an id already is GFM's footnote label, which its references name.
      node.children = node.children.map((child) => (isHeading(child) && child.properties.id === undefined ? wrap(child) : child)) as typeof node.children;
      // Reversed, so headings are popped (and slugged, for duplicates' -1, -2) in document order.
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    }
    for (const link of links) {
      const target = decodeFragment(String(link.properties.href).slice(1));
      if (ids.has(target)) link.properties.href = `#${CLOBBER_PREFIX}${target}`;
    }
    (file.data as { outline?: OutlineEntry[] }).outline = outline;
  };
}

function isHeading(node: HastContent): node is Element {
  return node.type === 'element' && HEADING.test(node.tagName);
}

function anchorLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['heading-anchor'], ariaLabel: `Link to this section: ${text}` },
    children: [{ type: 'text', value: '#' }],
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
