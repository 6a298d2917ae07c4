import { describe, expect, it } from 'vitest';
import { autoParagraphs, plainText, wordpressHtmlToMarkdown } from '@/lib/import/html-to-markdown';
import { legacyKeyOf, legacyKeyOfUrl } from '@/lib/import/permalinks';

describe('WordPress bodies as Markdown', () => {
  it('strips block delimiters and keeps what they wrapped', async () => {
    const { markdown, dropped } = await wordpressHtmlToMarkdown('<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Title</h3>\n<!-- /wp:heading -->\n<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph -->');
    expect(markdown).toBe('### Title\n\nText');
    expect(dropped).toEqual([]);
  });

  it('reads a classic post as WordPress shows it: blank lines make paragraphs, single breaks stay breaks', async () => {
    expect(autoParagraphs('One\ntwo\n\n<ul><li>x</li></ul>\n\nThree')).toBe('<p>One<br>\ntwo</p>\n<ul><li>x</li></ul>\n<p>Three</p>');
    expect((await wordpressHtmlToMarkdown('First.\n\nSecond.')).markdown).toBe('First.\n\nSecond.');
  });

  it('drops what Markdown cannot say and lists it once, with a count and the reason', async () => {
    const { markdown, dropped } = await wordpressHtmlToMarkdown(
      '<p>Look <iframe src="https://maps.example/embed"></iframe></p><p><span style="color:red">red</span> <span style="font-size:9px">small</span></p><script>alert(1)</script><p><u>under</u></p>',
    );
    expect(markdown).toBe('Look\n\nred small\n\n*under*');
    expect(dropped).toEqual([
      { what: '<iframe> https://maps.example/embed', why: 'Markdown has no embedded frames' },
      { what: 'inline style (×2)', why: 'Markdown has no colours, sizes or fonts; the text is kept' },
      { what: '<script>', why: 'scripts are never imported' },
      { what: '<u>', why: 'Markdown has no underline; it became emphasis' },
    ]);
  });

  it('rewrites links and images through the given map, and leaves other addresses alone', async () => {
    const rewrite = (url: string) => (url === 'http://old.example/a.png' ? '/media/abc/64.png' : undefined);
    const { markdown } = await wordpressHtmlToMarkdown('<p><img src="http://old.example/a.png" alt="A"> <a href="https://elsewhere.example/">there</a></p>', rewrite);
    expect(markdown).toBe('![A](/media/abc/64.png) [there](https://elsewhere.example/)');
  });

  it('decodes the entities WordPress stores in names', () => {
    expect(plainText('Travel &amp; Places')).toBe('Travel & Places');
    expect(plainText('  Caf&eacute; &#8220;Noir&#8221; ')).toBe('Café “Noir”');
  });
});

describe('old addresses in their stored form', () => {
  const none = new URLSearchParams();
  it('keeps the path without trailing slashes, and ?p= style parameters on the home page only', () => {
    expect(legacyKeyOf('/2024/03/hello/', none)).toBe('/2024/03/hello');
    expect(legacyKeyOf('/', new URLSearchParams('p=4&utm_source=x'))).toBe('/?p=4');
    expect(legacyKeyOf('/', new URLSearchParams('attachment_id=5'))).toBe('/?attachment_id=5');
    expect(legacyKeyOf('/', none)).toBeNull();
  });

  it('never looks at our own routes, so reader pages never pay for the lookup', () => {
    for (const path of ['/blog/hello', '/category/x/', '/tag/y', '/media/abc/64.png', '/admin/posts', '/feed.xml', '/_next/static/x.js']) expect(legacyKeyOf(path, none)).toBeNull();
  });

  it('takes only the old site’s own URLs', () => {
    expect(legacyKeyOfUrl('http://old.example/2024/03/hello/', 'http://old.example')).toBe('/2024/03/hello');
    expect(legacyKeyOfUrl('/?p=7', 'http://old.example')).toBe('/?p=7');
    expect(legacyKeyOfUrl('https://other.example/2024/03/hello/', 'http://old.example')).toBeNull();
    expect(legacyKeyOfUrl('not a url', 'also not')).toBeNull();
  });
});
