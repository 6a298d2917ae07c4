import { describe, expect, it } from 'vitest';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';

describe('renderMarkdown (article profile)', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const html = renderMarkdown('## Setup\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code` and **bold**');
    expect(html).toContain('<h2 id="user-content-setup">Setup</h2>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>2</td>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<strong>bold</strong>');
  });

  it.each([
    ['[click](javascript:alert(1))', 'javascript:'],
    ['[click](JaVaScRiPt:alert(1))', 'alert'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['![x](javascript:alert(1))', 'javascript:'],
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['<a href="https://example.com" onclick="steal()">x</a>', 'onclick'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
  ])('neutralises %s', (source, forbidden) => {
    expect(renderMarkdown(source).toLowerCase()).not.toContain(forbidden.toLowerCase());
  });

  it('keeps ordinary links and images', () => {
    const html = renderMarkdown('[site](https://example.com/a?b=1) ![logo](https://example.com/logo.png)');
    expect(html).toContain('href="https://example.com/a?b=1"');
    expect(html).toContain('src="https://example.com/logo.png"');
  });

  it('prefixes ids so content cannot clobber the page', () => {
    expect(renderMarkdown('Text[^1]\n\n[^1]: note')).toContain('id="user-content-');
  });

  it.each([
    ['quotes', `${'> '.repeat(5000)}deep`],
    ['lists', `${'- '.repeat(5000)}deep`],
    ['indented lists', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
  ])('refuses pathological nesting of %s with a MarkdownLimitError instead of crashing', (_kind, source) => {
    expect(() => renderMarkdown(source)).toThrow(MarkdownLimitError);
  });

  it.each([
    ['alternating emphasis', 'a*'.repeat(50_000)],
    ['underscores between words', 'a _ '.repeat(20_000)],
    ['strikethrough markers', '~a'.repeat(40_000)],
    ['nested link brackets', `${'[a'.repeat(20_000)}${'](b)'.repeat(5_000)}`],
    ['lazy continuation lines', `x\n${'    a*'.repeat(3000)}`],
  ])('refuses quadratic inline input (%s) before parsing it', (_kind, source) => {
    const started = performance.now();
    expect(() => renderMarkdown(source)).toThrow(MarkdownLimitError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not count code in fences or underscores inside words', () => {
    const code = `\`\`\`python\n${'snake_case_name = a*b\n'.repeat(2000)}\`\`\``;
    expect(renderMarkdown(code)).toContain('snake_case_name');
    expect(renderMarkdown(`Call ${'my_long_function_name '.repeat(300)}`)).toContain('my_long_function_name');
  });

  it('refuses text over the size limit', () => {
    expect(() => renderMarkdown('a'.repeat(100_001))).toThrow(/longer than 100,000 characters/);
  });

  it('still renders moderate nesting', () => {
    expect(renderMarkdown(`${'> '.repeat(10)}fine`)).toContain('fine');
  });
});
