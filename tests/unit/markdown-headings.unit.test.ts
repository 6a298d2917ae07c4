import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderWithOutline } from '@/lib/markdown/render';

const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
const hrefsIn = (html: string) => [...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1]);

describe('heading ids and anchors (article profile)', () => {
  it('gives each heading a GitHub-style id that survives the sanitizer, and lists it in the outline', () => {
    const { html, outline } = renderWithOutline('## Getting started\n\ntext\n\n### What’s *new* in v2.0?\n\n## Getting started\n');
    expect(outline).toEqual([
      { depth: 2, text: 'Getting started', id: 'user-content-getting-started' },
      { depth: 3, text: 'What’s new in v2.0?', id: 'user-content-whats-new-in-v20' },
      { depth: 2, text: 'Getting started', id: 'user-content-getting-started-1' },
    ]);
    expect(idsIn(html)).toEqual(outline.map((entry) => entry.id));
  });

  it('puts a "#" link beside each heading, pointing at the id the page will have', () => {
    const html = renderMarkdown('## Setup\n');
    expect(html).toContain('<h2 id="user-content-setup">Setup</h2><a href="#user-content-setup" class="heading-anchor" aria-label="Link to this section: Setup">#</a>');
  });

  it('points every in-page link at an id that exists: author links to headings, and footnotes', () => {
    const html = renderMarkdown('See [setup](#setup), [nowhere](#nowhere) and a note[^1].\n\n## Setup\n\n[^1]: The note.\n');
    const ids = new Set(idsIn(html));
    const hrefs = hrefsIn(html);
    expect(hrefs).toContain('user-content-setup');
    expect(hrefs).toContain('nowhere');
    expect(hrefs.filter((href) => href !== 'nowhere' && !ids.has(href))).toEqual([]);
    expect(html).toMatch(/aria-describedby="user-content-footnote-label"/);
  });

  it('keeps comments free of headings, ids and anchors', () => {
    const html = renderMarkdown('## Not a heading', 'comment');
    expect(html).toBe('<p>## Not a heading</p>');
  });
});
