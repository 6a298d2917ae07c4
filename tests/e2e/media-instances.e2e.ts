import { expect, test } from '@playwright/test';
import { makePng } from '../support/images';
import { startInstance } from './support/instances';
import { signInAs, uploadThroughForm } from './support/media';

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;

test('an image uploaded through one instance is served by a second one, byte for byte', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'author');
  await uploadThroughForm(page, 'shared.png', 'image/png', await makePng(777, 333));
  await page.getByRole('link', { name: 'shared.png', exact: true }).first().click();
  const markdown = await page.getByLabel('Markdown', { exact: true }).inputValue();
  const path = /\((\/media\/[0-9a-f]{32}\/)777\.png\)/.exec(markdown)![1]!;

  // A second `next start` of the same build against the same database, as behind a load balancer.
  const second = await startInstance(SECOND_PORT, {});
  try {
    for (const file of ['480.avif', '777.webp', '777.png']) {
      const fromFirst = await request.get(`${path}${file}`);
      const fromSecond = await fetch(`http://127.0.0.1:${SECOND_PORT}${path}${file}`);
      expect(fromSecond.status, file).toBe(200);
      expect(fromSecond.headers.get('content-type')).toBe(fromFirst.headers()['content-type']);
      expect(Buffer.from(await fromSecond.arrayBuffer()).equals(await fromFirst.body())).toBe(true);
    }
  } finally {
    await second.stop();
  }
});
