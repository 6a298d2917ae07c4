import elixir from 'highlight.js/lib/languages/elixir';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { common, createLowlight } from 'lowlight';

/** highlight.js's common grammars, plus Elixir for the Phoenix articles. */
const lowlight = createLowlight({ ...common, elixir });

export interface HighlightBudget {
  /** A longer block stays plain: one block's cost is about linear in its size, with a large constant. */
  maxBlockChars: number;
  /** Code highlighted in one document, in document order; blocks past it stay plain. */
  maxDocumentChars: number;
}

/** Measured in docs/decisions/020-post-reading.md: the worst case costs tens of milliseconds, once per edit. */
export const HIGHLIGHT_BUDGET: HighlightBudget = { maxBlockChars: 10_000, maxDocumentChars: 40_000 };

/** Class names the highlighter writes: `hljs-keyword`, and scope modifiers like `class_` or `invoke__`. The sanitizer allows exactly these. */
export const HIGHLIGHT_CLASS_NAMES = [/^hljs-[a-z_-]+$/, /^[a-z]+_{1,2}$/];

/**
 * Rehype step: a fenced code block that names a language highlight.js knows gets `hljs-*`
 * spans, within the budget. Nothing is guessed: a block with no language, or one not
 * registered, stays plain, so no block runs every grammar. Every block can take keyboard
 * focus, so one that scrolls sideways can be scrolled without a mouse. Runs before rehype-sanitize.
 */
export function rehypeBudgetedHighlight(budget: HighlightBudget = HIGHLIGHT_BUDGET) {
  return (tree: HastRoot) => {
    let left = budget.maxDocumentChars;
    const stack: Array<HastRoot | HastContent> = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'element' && node.tagName === 'pre') {
        // A long line scrolls the block sideways; keyboard users reach the scroll by focusing it (axe: scrollable-region-focusable).
        node.properties.tabIndex = 0;
        const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        const language = code && languageOf(code);
        if (!code || !language) continue;
        const text = toString(code);
        if (text.length > budget.maxBlockChars || text.length > left) continue;
        left -= text.length;
        code.properties.className = ['hljs', ...classList(code)];
        code.children = lowlight.highlight(language, text).children as ElementContent[];
        continue;
      }
      // Reversed, so the budget is spent in document order.
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    }
  };
}

function classList(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The fence's language (remark writes it as `language-…`), when highlight.js has that grammar or alias. */
function languageOf(code: Element): string | null {
  const name = classList(code)
    .find((className) => className.startsWith('language-'))
    ?.slice('language-'.length)
    .toLowerCase();
  return name && lowlight.registered(name) ? name : null;
}
