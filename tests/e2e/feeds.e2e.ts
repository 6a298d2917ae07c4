import { expect, test, type Page } from '@playwright/test';

const TOP_10 = 'Top 10 Backend Frameworks for Web Development in 2024';

/** Parses XML as a browser does; a feed that is not well-formed gives a <parsererror> document. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.nodeName,
      namespace: doc.documentElement.namespaceURI,
      titles: [...doc.querySelectorAll('item > title, entry > title')].map((node) => node.textContent),
      // RSS names a category in its text, Atom in its label (its term is the slug).
      categories: [...doc.querySelectorAll('item > category, entry > category')].map((node) => node.getAttribute('label') ?? node.textContent),
    };
  }, xml);
}

test('every page announces the feeds, and a category or tag page its own too', async ({ page }) => {
  await page.goto('/');
  const alternates = page.locator('link[rel="alternate"]');
  await expect(alternates.and(page.locator('[type="application/rss+xml"]'))).toHaveAttribute('href', /\/feed\.xml$/);
  await expect(alternates.and(page.locator('[type="application/atom+xml"]'))).toHaveAttribute('href', /\/feed\.atom$/);
  await expect(alternates.and(page.locator('[type="application/feed+json"]'))).toHaveAttribute('href', /\/feed\.json$/);
  await page.goto('/tag/backend');
  const rss = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(rss.map((href) => new URL(href!, 'http://x').pathname)).toEqual(['/feed.xml', '/tag/backend/feed.xml']);
});

for (const [scope, base] of [
  ['the whole blog', ''],
  ['a category', '/category/web-development'],
  ['a tag', '/tag/backend'],
  ['an author', '/author/annie'],
] as const) {
  test(`the feeds of ${scope} are well-formed RSS 2.0, Atom 1.0 and JSON Feed 1.1 with the latest posts`, async ({ page, request }) => {
    await page.goto('/feeds');
    const rss = await request.get(`${base}/feed.xml`);
    expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rssDoc = await parseXml(page, await rss.text());
    expect(rssDoc).toMatchObject({ error: null, root: 'rss' });
    expect(rssDoc.titles).toContain(TOP_10);

    const atom = await request.get(`${base}/feed.atom`);
    expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atomDoc = await parseXml(page, await atom.text());
    expect(atomDoc).toMatchObject({ error: null, root: 'feed', namespace: 'http://www.w3.org/2005/Atom' });
    expect(atomDoc.titles).toContain(TOP_10);
    expect(atomDoc.categories).toEqual(expect.arrayContaining(['Web Development', 'Backend']));
    expect(rssDoc.categories).toEqual(expect.arrayContaining(['Web Development', 'Backend']));

    const json = await request.get(`${base}/feed.json`);
    expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = (await json.json()) as { version: string; items: Array<{ id: string; url: string; title: string; content_html: string; tags?: string[]; authors?: Array<{ name: string }>; author?: unknown }> };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({ authors: [{ name: expect.any(String) }] });
    expect(feed.items[0]?.author).toBeUndefined();
    const top10 = feed.items.find((item) => item.title === TOP_10);
    expect(top10?.url).toMatch(/\/blog\/top-10-backend-frameworks-2024$/);
    expect(top10?.content_html).toContain('Backend frameworks are libraries');
  });
}

test('a tag feed lists only that tag’s posts; an unknown one is a 404, and a POST is refused', async ({ page, request }) => {
  await page.goto('/feeds');
  const accessibility = await parseXml(page, await (await request.get('/tag/accessibility/feed.xml')).text());
  expect(accessibility.titles).toEqual(expect.arrayContaining(['Designing for Accessibility from Day One', 'Color Contrast, Dark Mode and Brand Palettes']));
  expect(accessibility.titles).not.toContain(TOP_10);
  expect((await request.get('/tag/no-such-tag/feed.xml')).status()).toBe(404);
  expect((await request.get('/category/no-such-category/feed.json')).status()).toBe(404);
  const post = await request.post('/tag/backend/feed.atom', { data: 'x' });
  expect(post.status()).toBe(405);
  expect((await request.get('/tag/backend/feed.atom')).status()).toBe(200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header’s feed link opens a page that says what a feed is and lists every feed', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'RSS' }).click();
    await expect(page).toHaveURL(/\/feeds$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow the blog');
    await expect(page.getByText('A feed brings new posts to you')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Web Development, Atom' })).toHaveAttribute('href', '/category/web-development/feed.atom');
    await expect(page.getByRole('link', { name: 'Tag Backend, JSON Feed' })).toHaveAttribute('href', '/tag/backend/feed.json');
  });
});
