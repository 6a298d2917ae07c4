import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_LINK_REL, MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';

const render = (source: string) => renderMarkdown(source, 'comment');

describe('renderMarkdown (comment profile)', () => {
  it('renders paragraphs, emphasis, inline code, code blocks and links', () => {
    const html = render('Hello *there* and **you**, ~~no~~ `x < y`\n\n```ts\nconst a = "<b>";\n```\n\n[site](https://example.com)');
    expect(html).toContain('<em>there</em>');
    expect(html).toContain('<strong>you</strong>');
    expect(html).toContain('<del>no</del>');
    expect(html).toContain('<code>x &#x3C; y</code>');
    expect(html).toContain('<pre><code class="language-ts">const a = "&#x3C;b>";');
    expect(html).toContain(`<a href="https://example.com" rel="${COMMENT_LINK_REL}">site</a>`);
  });

  it('gives every link rel="nofollow ugc noopener", autolinks included', () => {
    const html = render('<https://a.example> www.b.example mail@c.example');
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html.match(/rel="nofollow ugc noopener"/g)).toHaveLength(3);
  });

  it.each([
    ['# Heading', '<p># Heading</p>'],
    ['- item', '<p>- item</p>'],
    ['> quote', '<p>> quote</p>'],
    ['| a |\n|---|\n| 1 |', '<p>| a |\n|---|\n| 1 |</p>'],
    ['---', '<p>---</p>'],
    ['    indented', '<p>indented</p>'],
  ])('shows %j as the text typed, not as its block', (source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it('never renders an image, only a link', () => {
    const html = render('![alt](https://example.com/x.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://example.com/x.png"');
  });

  it('shows raw HTML escaped, exactly as typed', () => {
    expect(render('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
    expect(render('<b onclick="x()">b</b>')).toBe('<p>&#x3C;b onclick="x()">b&#x3C;/b></p>');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'])('drops the %s href', (url) => {
    const html = render(`[x](${url}) <${url}>`);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
  });

  it('refuses text over 5,000 characters and deep nesting', () => {
    expect(() => render('a'.repeat(5_001))).toThrow(MarkdownLimitError);
    expect(() => render(`${'> '.repeat(50)}deep`)).toThrow(/nested too deeply/);
    expect(() => render('a*'.repeat(2_000))).toThrow(MarkdownLimitError);
  });
});

/** Every tag in the output: `<` only ever starts a tag, since text has it escaped. */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

function assertInert(html: string) {
  for (const tag of tags(html)) {
    expect(tag).toMatch(/^<\/?(p|br|em|strong|del|code|pre|a)\b/);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
  }
  expect(html.toLowerCase()).not.toContain('<script');
}

// Fragments attackers combine: tags, handlers, URL schemes, Markdown syntax and entity tricks.
const fragments = fc.constantFrom(
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">',
  '" onmouseover="alert(1)',
  'javascript:',
  'JAVASCRIPT:',
  'data:text/html,',
  '&#106;avascript:',
  '&#x6A;avascript:',
  'java\u0000script:',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<',
  '>',
  '`',
  '```',
  '*',
  '_',
  '\n',
  '\n\n',
  ' ',
  'alert(1)',
  'https://example.com',
  'www.example.com',
  '<https://x.example>',
  '<javascript:alert(1)>',
  '\\',
  '&lt;',
  '&quot;',
);

describe('the comment renderer, for any input (property-based)', () => {
  it('never outputs a script, an event handler, or a javascript:/data: URL', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        let html: string;
        try {
          html = render(parts.join(''));
        } catch (error) {
          if (error instanceof MarkdownLimitError) return;
          throw error;
        }
        assertInert(html);
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('is inert for any Unicode string too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (source) => {
        try {
          assertInert(render(source));
        } catch (error) {
          if (!(error instanceof MarkdownLimitError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('builds links only from the schemes it allows', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'http', 'https', 'mailto'), (url, scheme) => {
        const html = render(`[x](${scheme}:${url.replace(/^https?:/, '')})`);
        for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="(https?|mailto):/);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
