import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { guardOf } from '@/lib/auth/define-action';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// Every real Server Action of the app, called as a stranger would call it: no session, then the wrong role.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current, signOut: vi.fn(), signIn: vi.fn() }));
// Only the sign-in action imports next-auth itself (for AuthError), and it is public: a stand-in will do.
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn(), refresh: vi.fn(), revalidatePath: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Actions anyone may call; each says in its publicAction why it needs no session and what guards it instead. */
const PUBLIC = new Set(['submitQuoteRequest', 'signInAction', 'postComment']);
/** What an author may call (on their own posts and images); the guard still runs, then the item decides. */
const AUTHORS_TOO = new Set([
  'signOutAction',
  'previewMarkdownAction',
  'savePostAction',
  'autosavePostAction',
  'discardPostChangesAction',
  'trashPostAction',
  'restoreRevisionAction',
  'setFeatureImageAction',
  'createPreviewLinkAction',
  'revokePreviewLinkAction',
  'updateMediaTextAction',
  'deleteMediaAction',
  'saveProfileAction',
  'changePasswordAction',
  'startTwoFactorSetupAction',
  'confirmTwoFactorSetupAction',
  'newRecoveryCodesAction',
  'turnOffTwoFactorAction',
  'dismissRecoveryCodesAction',
  'endSessionAction',
  'endOtherSessionsAction',
]);
/** Admins only: an editor is refused too. */
const ADMINS_ONLY = new Set([
  'createUserAction',
  'changeRoleAction',
  'setUserDisabledAction',
  'resetPasswordAction',
  'setRequireTwoFactorAction',
  'createWebhookEndpointAction',
  'setWebhookEnabledAction',
  'deleteWebhookEndpointAction',
  'redeliverWebhookAction',
  'createApiKeyAction',
  'revokeApiKeyAction',
  'importWordpressAction',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const serverModules = ['app', 'lib'].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => /^\s*['"]use server['"];/m.test(readFileSync(file, 'utf8')));

/** Every exported function of every 'use server' module, as the module exports it (not as its source reads). */
async function allActions(): Promise<Array<{ name: string; file: string; action: (...args: unknown[]) => Promise<unknown> }>> {
  const found = [];
  for (const file of serverModules) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function') found.push({ name, file: path.relative(ROOT, file), action: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return found;
}

/** A call as the page would make it: the first of the browser's shapes the action's declared input takes. */
function call(action: (...args: unknown[]) => Promise<unknown>) {
  const data = new FormData();
  data.set('id', '1');
  const shapes: unknown[][] = [[{ status: 'idle', values: {}, errors: {} }, data], [data], [], ['Some **Markdown**']];
  const input = guardOf(action)?.input;
  return action(...(shapes.find((args) => input?.safeParse(args).success) ?? [data]));
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(sql`select relname as name from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)}`))[0]!.n;
  return counts;
}

async function outcome(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    (value) => ({ answered: value }),
    (error: { digest?: string }) => ({ digest: error.digest }),
  );
}

describe('every Server Action of the app', async () => {
  const actions = await allActions();

  it('is found by the scan (it reads the modules, not a list)', () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.map(({ name }) => name)).toEqual(expect.arrayContaining([...PUBLIC, ...AUTHORS_TOO, ...ADMINS_ONLY, 'moderateCommentsAction', 'saveFrameworkAction']));
  });

  it('are each built through the action wrapper, and only the listed ones are public', () => {
    const unwrapped = actions.filter(({ action }) => !guardOf(action)).map(({ file, name }) => `${file}: ${name}`);
    expect(unwrapped).toEqual([]);
    const publicOnes = actions.filter(({ action }) => guardOf(action)?.kind === 'public').map(({ name }) => name);
    expect(publicOnes.sort()).toEqual([...PUBLIC].sort());
  });

  it('answers a call with arguments no page sends with a 404, before the body runs, changing nothing', async () => {
    const admin = await createTestUser({ role: 'admin' });
    session.current = await sessionFor(admin);
    const before = await rowCounts();
    const notRefused: string[] = [];
    for (const { name, file, action } of actions) {
      const result = await outcome(action(42, 'not a form', 42));
      if (!(typeof result === 'object' && result && 'digest' in result && (result as { digest: unknown }).digest === 'NEXT_HTTP_ERROR_FALLBACK;404')) notRefused.push(`${file}: ${name} → ${JSON.stringify(result).slice(0, 120)}`);
    }
    session.current = null;
    expect(notRefused).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it('sends a caller with no session to sign in, and changes nothing', async () => {
    session.current = null;
    const before = await rowCounts();
    const unguarded: string[] = [];
    for (const { name, file, action } of actions.filter(({ name }) => !PUBLIC.has(name))) {
      const result = await outcome(call(action));
      if (!(typeof result === 'object' && result && 'digest' in result && REDIRECT_TO_LOGIN.digest.asymmetricMatch((result as { digest: unknown }).digest))) {
        unguarded.push(`${file}: ${name} → ${JSON.stringify(result).slice(0, 120)}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an author (403) everything beyond their own posts and images, and an editor the accounts, changing nothing', async () => {
    const author = await createTestUser({ role: 'author' });
    const editor = await createTestUser({ role: 'editor' });
    const sessions = { author: await sessionFor(author), editor: await sessionFor(editor) };
    const before = await rowCounts();
    const notRefused: string[] = [];
    for (const { name, file, action } of actions.filter(({ name }) => !PUBLIC.has(name) && !AUTHORS_TOO.has(name))) {
      for (const who of ADMINS_ONLY.has(name) ? (['author', 'editor'] as const) : (['author'] as const)) {
        session.current = sessions[who];
        const result = await outcome(call(action));
        if (!(typeof result === 'object' && result && 'digest' in result && (result as { digest: unknown }).digest === FORBIDDEN.digest)) notRefused.push(`${file}: ${name} as ${who} → ${JSON.stringify(result).slice(0, 120)}`);
      }
    }
    session.current = null;
    expect(notRefused).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
