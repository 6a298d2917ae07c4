import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeBomb, makePhoto, SVG_WITH_SCRIPT } from '../support/images';
import { describeImage, signInAs, uploadThroughForm } from './support/media';

const unique = () => randomBytes(3).toString('hex');

test('a photo uploaded through the plain form, a screenshot pasted into the editor, published: readers get <picture>s whose files answer', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'editor');
  const photoName = `harbour-${unique()}.jpg`;
  const uploaded = await uploadThroughForm(page, photoName, 'image/jpeg', await makePhoto(1600, 1000));
  expect(uploaded.status()).toBe(303);
  await expect(page.getByRole('status').filter({ hasText: 'Image uploaded.' })).toBeVisible();
  await expect(page.getByRole('link', { name: photoName, exact: true })).toBeVisible();
  const photoMarkdown = await describeImage(page, photoName, 'Boats in a harbour at dusk');

  const title = `Pictures ${unique()}`;
  await page.goto('/admin/posts/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'Design' });
  const body = page.getByLabel('Body (Markdown)');
  await body.fill(`${photoMarkdown}\n\nHere is the settings screen:\n\n`);
  // Paste a screenshot, as from the clipboard: the editor uploads it and inserts its Markdown at the cursor.
  await body.evaluate(async (textarea: HTMLTextAreaElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 500;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#0b5cad';
    context.fillRect(0, 0, 900, 500);
    context.fillStyle = '#fff';
    context.fillRect(40, 40, 300, 60);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'screenshot.png', { type: 'image/png' }));
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(body).toHaveValue(/Here is the settings screen:\n\n!\[\]\(\/media\/[0-9a-f]{32}\/900\.png\)\n/, { timeout: 30_000 });
  await expect(page.getByTestId('preview-body').locator('picture')).toHaveCount(2);

  // The pasted screenshot has no alt text yet: publishing is refused, and the text stays.
  await page.getByRole('radio', { name: /^Published/ }).check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(/Body shows an image with no alt text \(screenshot\.png\)/)).toBeVisible();
  const typed = await body.inputValue();
  expect(typed).toContain(photoMarkdown);
  // Describe the screenshot in the Markdown itself (the last image); the photo keeps its library alt text.
  const last = typed.lastIndexOf('![](');
  await body.fill(`${typed.slice(0, last)}![The settings screen](${typed.slice(last + 4)}`);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);
  const slug = await page.getByLabel('Slug').inputValue();

  await page.goto(`/blog/${slug}`);
  const pictures = page.locator('article .prose picture');
  await expect(pictures).toHaveCount(2);
  const first = pictures.nth(0).locator('img');
  await expect(first).toHaveAttribute('alt', 'Boats in a harbour at dusk');
  await expect(first).toHaveAttribute('fetchpriority', 'high');
  await expect(first).toHaveAttribute('width', '1000');
  await expect(first).toHaveAttribute('height', '1600');
  const second = pictures.nth(1).locator('img');
  await expect(second).toHaveAttribute('alt', 'The settings screen');
  await expect(second).toHaveAttribute('loading', 'lazy');
  await expect(pictures.nth(0).locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480\.avif 480w, .*1000\.avif 1000w/);

  const urls = await pictures.evaluateAll((elements) =>
    elements.flatMap((picture) => [...picture.querySelectorAll('source, img')].flatMap((element) => (element.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(' ')[0]!))),
  );
  const expected: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(expected[url.split('.').pop()!]);
    expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
  }
  // A post without a feature image still shares a picture: the generated card.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`/blog/${slug}/social-card\\.png$`));
  const card = await request.get(new URL(ogImage!).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
});

test('a decompression bomb and an SVG carrying a script are refused with a message naming the file, quickly, and the site stays up', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'author');
  const bomb = await uploadThroughForm(page, 'huge.png', 'image/png', makeBomb());
  expect(bomb.status()).toBe(413);
  // Under a second on the server (the integration test holds it to that); the browser round trip on a loaded machine gets some slack.
  expect(bomb.elapsedMs).toBeLessThan(2_000);
  await expect(page.getByRole('alert')).toHaveText('File is 30,000 × 30,000 pixels (900 megapixels); the limit is 50 megapixels.');

  const svg = await uploadThroughForm(page, 'logo.png', 'image/png', SVG_WITH_SCRIPT);
  expect(svg.status()).toBe(415);
  await expect(page.getByRole('alert')).toContainText('SVG image, which is refused because it can carry script');
  await page.getByRole('link', { name: 'Back to the media library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Media library' })).toBeVisible();
});

test('a feature image shows in the post header and card and becomes og:image; editing its alt text updates the page', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'editor');
  const name = `cover-${unique()}.jpg`;
  await uploadThroughForm(page, name, 'image/jpeg', await makePhoto(1400, 900));
  await describeImage(page, name, 'A cover photo');
  const title = `Featured ${unique()}`;
  await page.goto('/admin/posts/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Excerpt').fill('With a cover.');
  await page.getByLabel('Category').selectOption({ label: 'Design' });
  await page.getByLabel('Body (Markdown)').fill('No images in the text.');
  await page.getByRole('radio', { name: /^Published/ }).check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/);
  const slug = await page.getByLabel('Slug').inputValue();
  await page.getByLabel('Feature image', { exact: true }).selectOption({ label: name });
  await page.getByRole('button', { name: 'Set feature image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Feature image set.' })).toBeVisible();

  await page.goto(`/blog/${slug}`);
  const header = page.locator('.article-header picture img');
  await expect(header).toHaveAttribute('alt', 'A cover photo');
  await expect(header).toHaveAttribute('fetchpriority', 'high');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(/\/media\/[0-9a-f]{32}\/og\.jpg$/);
  expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(ogImage);
  expect((await request.get(new URL(ogImage!).pathname)).headers()['content-type']).toBe('image/jpeg');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(JSON.stringify(jsonLd)).toContain(ogImage!);
  await page.goto('/category/design');
  await expect(page.locator('.post-card', { hasText: title }).locator('picture img')).toBeVisible();

  await describeImage(page, name, 'A new description');
  await page.goto(`/blog/${slug}`);
  await expect(page.locator('.article-header picture img')).toHaveAttribute('alt', 'A new description');
});

test('no serious or critical accessibility violations on the media library and an image page', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'editor');
  await uploadThroughForm(page, `axe-${unique()}.jpg`, 'image/jpeg', await makePhoto(600, 400));
  for (const path of ['/admin/media', null]) {
    if (path) await page.goto(path);
    else await page.locator('.media-card-title a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
