import { describe, expect, it } from 'vitest';
import { inlineStylesheets, lightenReaderPage, withoutClientRuntime } from '@/lib/cache/reader-html.mjs';
import { readerPolicy } from '@/lib/http/content-security';
import { styleHash } from '@/lib/http/build-stylesheets.mjs';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>${head}</head>` +
  `<body>${body}<script>self.__next_f.push([1,"payload"])</script><script type="application/ld+json">{"@type":"BlogPosting"}</script></body></html>`;

describe('a reader page without the client runtime', () => {
  it('loses every script and script preload but keeps its styles, content and JSON-LD', () => {
    const light = withoutClientRuntime(page('<main><h1>Post</h1></main>'))!;
    expect(light).toContain('<h1>Post</h1>');
    expect(light).toContain('rel="stylesheet"');
    expect(light).toContain('<script type="application/ld+json">{"@type":"BlogPosting"}</script>');
    expect(light).not.toContain('self.__next_f');
    expect(light).not.toContain('/_next/static/chunks/b.js');
    expect(light).not.toContain('/_next/static/chunks/c.js');
  });

  it('gets our form script only where a form asks for it', () => {
    expect(withoutClientRuntime(page('<form data-enhance="comment"></form>'))).toContain('<script src="/reader-forms.js" defer></script></head>');
    expect(withoutClientRuntime(page('<p>No form</p>'))).not.toContain('reader-forms.js');
  });

  it('is left alone when content waits for the runtime to reveal it', () => {
    expect(withoutClientRuntime(page('<!--$?--><template id="B:0"></template>'))).toBeNull();
    expect(withoutClientRuntime(page('<div hidden id="S:0"><p>late</p></div>'))).toBeNull();
  });

  it('applies only to reader pages, by the (site) layout tag', () => {
    const reader = { kind: 'APP_PAGE', html: page('<h1>Reader</h1>'), status: 200 };
    lightenReaderPage(reader, ['_N_T_/layout', '_N_T_/(site)/layout']);
    expect(reader.html).not.toContain('self.__next_f');
    const admin = { kind: 'APP_PAGE', html: page('<h1>Admin</h1>'), status: 200 };
    lightenReaderPage(admin, ['_N_T_/layout', '_N_T_/admin/layout']);
    expect(admin.html).toContain('self.__next_f');
  });
});

describe('the build stylesheets written into a reader page', () => {
  const css = 'body{color:#111}';
  const stylesheets = new Map([['/_next/static/chunks/a.css', css]]);

  it('replaces the link, and a preload of it, with the stylesheet itself', () => {
    const html = '<head><link rel="preload" as="style" href="/_next/static/chunks/a.css"/><link rel="stylesheet" href="/_next/static/chunks/a.css?dpl=x" data-precedence="next"/></head>';
    expect(inlineStylesheets(html, stylesheets)).toBe(`<head><style>${css}</style></head>`);
  });

  it('keeps the link of a stylesheet the build does not have, or that is not the build’s', () => {
    const html = '<link rel="stylesheet" href="/_next/static/chunks/other.css"/><link rel="stylesheet" href="/theme.css"/>';
    expect(inlineStylesheets(html, stylesheets)).toBe(html);
  });

  it('is allowed by its hash, and the reader policy still has no unsafe-inline', () => {
    expect(styleHash(css)).toBe("'sha256-zFZMo79PSr4SwN3ueoZ7/hmNQQ+kvT+BwDZTEZCR7Lg='");
    expect(readerPolicy()).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
    expect(readerPolicy()).not.toContain('unsafe-inline');
  });
});
