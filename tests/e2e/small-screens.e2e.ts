import { expect, test } from '@playwright/test';

// A small phone: the header must fit, with a usable search box and every section in view.
test.use({ viewport: { width: 360, height: 740 } });

for (const path of ['/', '/blog/top-10-backend-frameworks-2024', '/frameworks']) {
  test(`on a 360 px screen, ${path} has a full search box, a wrapped menu and nothing wider than the screen`, async ({ page }) => {
    await page.goto(path);
    const search = page.getByRole('searchbox', { name: 'Search the blog' });
    // Wide enough to read its placeholder ("Search…") and a query, not squeezed to "Sear".
    expect((await search.boundingBox())!.width).toBeGreaterThan(200);
    const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('list');
    const overflow = await menu.evaluate((list) => list.scrollWidth - list.clientWidth);
    expect(overflow, 'the menu scrolls sideways').toBeLessThanOrEqual(0);
    for (const link of await menu.getByRole('link').all()) await expect(link).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Request a Quote' })).toBeInViewport();
  });
}
