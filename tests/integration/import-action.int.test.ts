import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createTestUser } from '../factories/users';
import { sessionFor } from '../support/sessions';

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { importWordpressAction } = await import('@/app/admin/import/actions');

const FIXTURES = path.resolve('tests/fixtures/wordpress');
const idle = { status: 'idle' as const, values: {}, errors: {} };

async function formWith(file: string, name = path.basename(file)): Promise<FormData> {
  const form = new FormData();
  form.set('export', new File([new Uint8Array(await readFile(file))], name, { type: 'text/xml' }));
  return form;
}

describe('the admin import page’s action', () => {
  it('imports an uploaded export and answers with the same report as the command line', async () => {
    session.current = await sessionFor(await createTestUser({ role: 'admin' }));
    const state = await importWordpressAction(idle, await formWith(path.join(FIXTURES, 'export.xml')));
    expect(state).toMatchObject({ status: 'success', message: 'Imported export.xml.' });
    expect(state.report).toMatch(/posts\s+5 created/);
    // No --media here, and the old site is not running: the two images are reported, not fetched from elsewhere.
    expect(state.report).toMatch(/attachment 5 .*could not be fetched|attachment 5 .*answered/);
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from import_mappings where kind = 'post'`);
    expect(row?.n).toBe(5);
  });

  it('answers a refused file with the reason, importing nothing', async () => {
    session.current = await sessionFor(await createTestUser({ role: 'admin' }));
    const before = await db.execute<{ n: number }>(sql`select count(*)::int as n from import_mappings`);
    const state = await importWordpressAction(idle, await formWith(path.join(FIXTURES, 'bad/billion-laughs.xml')));
    expect(state).toMatchObject({ status: 'error', message: 'The file was refused; nothing was imported.' });
    expect(state.errors.export).toMatch(/DOCTYPE/);
    expect(await db.execute<{ n: number }>(sql`select count(*)::int as n from import_mappings`)).toEqual(before);
    expect(await importWordpressAction(idle, new FormData())).toMatchObject({ status: 'error', errors: { export: expect.stringMatching(/Choose the export file/) } });
  });
});
