import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_BUDGET, HIGHLIGHT_CLASS_NAMES, rehypeBudgetedHighlight } from '@/lib/markdown/highlight';
import { renderMarkdown } from '@/lib/markdown/render';

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\`\n`;
const spans = (html: string) => (html.match(/<span class="hljs-/g) ?? []).length;
const LINE = 'const total = items.reduce((sum, item) => sum + item.price, 0); // sum\n';

describe('syntax highlighting of fenced code (article profile)', () => {
  it('highlights a block whose fence names a known language, with hljs classes only', () => {
    const html = renderMarkdown(fence('ts', 'export const answer: number = 42; // why'));
    expect(html).toContain('<code class="hljs language-ts">');
    expect(html).toContain('<span class="hljs-keyword">export</span>');
    expect(html).toContain('<span class="hljs-comment">// why</span>');
    const classes = [...html.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
    expect(classes.filter((name) => !['hljs', 'language-ts'].includes(name) && !HIGHLIGHT_CLASS_NAMES.some((pattern) => pattern.test(name)))).toEqual([]);
  });

  it('guesses nothing: no language, or one highlight.js does not know, stays plain', () => {
    expect(spans(renderMarkdown(fence('', 'const a = 1;')))).toBe(0);
    expect(spans(renderMarkdown(fence('no-such-language', 'const a = 1;')))).toBe(0);
    expect(renderMarkdown(fence('no-such-language', 'const a = 1;'))).toContain('<code class="language-no-such-language">const a = 1;');
  });

  it('knows Elixir, for the Phoenix articles', () => {
    expect(spans(renderMarkdown(fence('elixir', 'defmodule Hello do\nend')))).toBeGreaterThan(0);
  });

  it('leaves a block over the size limit plain, and keeps every character of it', () => {
    const huge = LINE.repeat(Math.ceil((HIGHLIGHT_BUDGET.maxBlockChars + 1) / LINE.length));
    const html = renderMarkdown(fence('js', huge));
    expect(spans(html)).toBe(0);
    expect(html).toContain('<code class="language-js">const total');
    expect(html.split('const total').length - 1).toBe(huge.split('const total').length - 1);
  });

  it('stops highlighting once a document has used its budget, in document order', () => {
    const block = (n: number) => ({ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-js'] }, children: [{ type: 'text', value: `let x${n} = ${n};` }] }] });
    const tree = { type: 'root', children: [block(1), block(2), block(3)] } as Root;
    // Each block is 11 characters: a budget of 25 covers the first two.
    rehypeBudgetedHighlight({ maxBlockChars: 100, maxDocumentChars: 25 })(tree);
    const highlighted = tree.children.map((pre) => JSON.stringify(pre).includes('hljs-keyword'));
    expect(highlighted).toEqual([true, true, false]);
  });

  it('keeps comments plain, as before', () => {
    expect(renderMarkdown(fence('js', 'const a = 1;'), 'comment')).toBe('<pre><code class="language-js">const a = 1;\n</code></pre>');
  });
});
