import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CODE_POST_SLUG, insertCodePost } from './support/reading-posts';

// Highlighted code in every language of the sample post, and its table of contents and heading links.
test.beforeAll(async () => {
  await insertCodePost();
});

for (const path of ['/', '/blog/top-10-backend-frameworks-2024', '/frameworks/phoenix', '/frameworks', '/quote', '/search/django', `/blog/${CODE_POST_SLUG}`, '/tag/backend', '/author/annie']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no serious or critical accessibility violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}
