import { expect, test } from '@playwright/test';
import { articleLines, CHROME_LINES, normalize, sourceAvailable } from '../support/source-text';

const POST = '/blog/top-10-backend-frameworks-2024';
const RANKING = ['Laravel', 'Django', 'Spring Boot', 'Ruby on Rails', 'Express.js', 'NestJS', 'Flask', 'Phoenix', 'ASP.NET Core', 'Koa.js'];

test('the Top 10 post shows all ten frameworks in order, each with its sections', async ({ page }) => {
  await page.goto(POST);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Top 10 Backend Frameworks for Web Development in 2024');
  await expect(page.getByText(/Posted by Annie on \w+ \d{1,2}, \d{4}/)).toBeVisible();

  const sectionHeadings = page.locator('section.framework-section h2[id$="-heading"]').filter({ hasText: 'Framework #' });
  await expect(sectionHeadings).toHaveText(RANKING.map((name, i) => `Framework #${i + 1}: ${name}`));

  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link')).toHaveText(RANKING);

  for (const name of RANKING) {
    const section = page.getByRole('region', { name: new RegExp(`^Framework #\\d+: ${name.replace(/\./g, '\\.')}$`) });
    await expect(section.getByRole('heading', { name: 'Pros', level: 3 })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Cons', level: 3 })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Key Features', level: 3 })).toBeVisible();
    await expect(section.getByRole('link', { name: `More about ${name}` })).toHaveAttribute('href', /^\/frameworks\//);
  }
  // NestJS is the one framework the article gives no best use cases for.
  await expect(page.getByRole('region', { name: 'Framework #6: NestJS' }).getByRole('heading', { name: 'Best Use Cases' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Framework #8: Phoenix' }).getByRole('heading', { name: 'Best Use Cases' })).toBeVisible();
});

test('the table of contents jumps to a framework section', async ({ page }) => {
  await page.goto(POST);
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: 'Phoenix' }).click();
  await expect(page).toHaveURL(/#phoenix$/);
  await expect(page.getByRole('heading', { name: 'Framework #8: Phoenix' })).toBeInViewport();
});

test('every word of the original article reaches the page', async ({ page }) => {
  test.skip(!sourceAvailable(), 'the original article (../shared/content) is not beside this checkout');
  await page.goto(POST);
  const text = normalize(await page.locator('body').innerText());
  const missing = [...articleLines(), ...CHROME_LINES].filter((line) => !text.includes(line));
  expect(missing).toEqual([]);
});

test('the post carries metadata, BlogPosting and an ItemList of the ten frameworks', async ({ page }) => {
  await page.goto(POST);
  await expect(page).toHaveTitle('Top 10 Backend Frameworks for Web Development in 2024 · Web Marketing');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/blog\/top-10-backend-frameworks-2024$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const graph: Array<Record<string, unknown>> = data['@graph'];
  expect(graph.find((node) => node['@type'] === 'BlogPosting')).toMatchObject({ author: { name: 'Annie' } });
  const list = graph.find((node) => node['@type'] === 'ItemList') as { itemListElement: Array<{ position: number; name: string }> };
  expect(list.itemListElement.map((item) => item.name)).toEqual(RANKING);
});

test('share links are plain links to the networks, with no third-party script', async ({ page }) => {
  await page.goto(POST);
  const share = page.getByRole('navigation', { name: 'Share this page' });
  await expect(share.getByRole('link', { name: /Share on Facebook/ })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=http/);
  await expect(share.getByRole('link', { name: /Pin It/ })).toHaveAttribute('href', /^https:\/\/www\.pinterest\.com\//);
  const scriptHosts = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => new URL((s as HTMLScriptElement).src).host));
  expect(scriptHosts.every((host) => host === new URL(page.url()).host)).toBe(true);
});
