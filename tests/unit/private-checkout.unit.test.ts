import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstPrivateParent, startEmbeddedPostgres } from '@/db/embedded';

// What `mktemp -d` makes: a folder only its owner may enter (mode 0700).
const privateFolder = mkdtempSync(path.join(os.tmpdir(), 'musings-private-'));
const checkout = path.join(privateFolder, 'checkout');
mkdirSync(checkout);
afterAll(() => rmSync(privateFolder, { recursive: true, force: true }));

describe('a checkout inside a private folder', () => {
  it('is recognised by the folder others cannot enter', () => {
    expect(firstPrivateParent(path.join(checkout, '.data'))).toBe(privateFolder);
  });

  // CI runs as root, as the newcomer did: there the embedded cluster would run as the
  // postgres user, who cannot reach the checkout.
  it.runIf(process.getuid?.() === 0)('stops the embedded PostgreSQL, as root, with one sentence naming the folder and the fixes', async () => {
    const start = startEmbeddedPostgres({ dataRoot: path.join(checkout, '.data'), port: 54398, log: () => {} });
    await expect(start).rejects.toThrow(`cannot enter ${privateFolder}`);
    await expect(start).rejects.toThrow(/move the checkout .*set DATABASE_URL/);
  });
});
