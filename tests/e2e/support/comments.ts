import { randomBytes } from 'node:crypto';
import { test, type Page } from '@playwright/test';
import { withDatabase } from './accounts';

// Each test comments on its own page and from its own address, so parallel
// tests never share a thread or a rate limit.
export const unique = () => randomBytes(3).toString('hex');
const readerIp = () => `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

export const commentBox = (page: Page) => page.getByRole('textbox', { name: 'Comment' });

export async function fillComment(page: Page, { body, name, email }: { body: string; name: string; email: string }) {
  await commentBox(page).fill(body);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
}

/** The form refuses submissions sooner than 3 s after it was started (the signed fill-time token). */
export async function postAfterFillTime(page: Page) {
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Post comment' }).click();
}

export async function seedComment(slug: string, fields: { name: string; email: string; body: string; status?: string; kind?: 'post' | 'framework'; parentId?: number; depth?: number }) {
  const kind = fields.kind ?? 'post';
  return withDatabase(async (sql) => {
    const table = kind === 'post' ? sql`posts` : sql`frameworks`;
    const [row] = await sql<{ id: number }[]>`
      insert into comments (target_kind, target_id, parent_id, depth, author_name, email, body, status)
      select ${kind}, id, ${fields.parentId ?? null}, ${fields.depth ?? 1}, ${fields.name}, ${fields.email}, ${fields.body}, ${fields.status ?? 'approved'}
      from ${table} where slug = ${slug} returning id`;
    return row!.id;
  });
}

/** A commenter with an approved comment elsewhere is trusted: their next comment appears at once. */
export async function knownCommenter(): Promise<{ name: string; email: string }> {
  const person = { name: `Known ${unique()}`, email: `known-${unique()}@example.com` };
  await seedComment('we-have-moved-into-a-new-studio', { ...person, body: `Earlier approved comment ${unique()}` });
  return person;
}

/** Call at the top of a spec file: every test there comments from an address of its own. */
export function commentFromOwnAddress() {
  test.beforeEach(async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': readerIp() });
  });
}
