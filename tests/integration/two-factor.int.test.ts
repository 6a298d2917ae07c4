import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { createTestUser } from '../factories/users';
import { form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// Real PostgreSQL; the session and the request's headers are injected, Auth.js's signIn is watched.
const session = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string; signedInAt?: number } | null }));
const request = vi.hoisted(() => ({ ip: '198.51.100.1' }));
const signIn = vi.hoisted(() => vi.fn());
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current, signIn, signOut: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
// The browser's cookies for the account page, where new recovery codes wait to be shown once.
const jar = vi.hoisted(() => {
  const values = new Map<string, string>();
  return { values, set: (name: string, value: string) => values.set(name, value), get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined), delete: (cookie: { name: string }) => values.delete(cookie.name) };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }), cookies: async () => jar }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn(), refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { signInAction } = await import('@/app/(auth)/login/actions');
const { startTwoFactorSetupAction, confirmTwoFactorSetupAction, turnOffTwoFactorAction, newRecoveryCodesAction } = await import('@/app/admin/account/two-factor-actions');
const { setRequireTwoFactorAction } = await import('@/app/admin/users/security-actions');
const { unseal } = await import('@/lib/auth/sealed');
const { totpCode } = await import('@/lib/auth/totp');
const { readTicket } = await import('@/lib/auth/sign-in-ticket');
const { requireRole } = await import('@/lib/auth/guards');
const { recoveryCodesToShow } = await import('@/lib/auth/recovery-codes-cookie');
const { dismissRecoveryCodesAction } = await import('@/app/admin/account/two-factor-actions');

let ipCounter = 0;
beforeEach(() => {
  session.current = null;
  signIn.mockReset();
  // Each test from its own address, so the per-IP limit of one test does not reach the next.
  request.ip = `198.51.100.${(ipCounter += 1)}`;
});

/** Next's redirect() and its target, as the action threw it. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(() => null, (thrown: unknown) => thrown)) as { digest?: string } | null;
  return error?.digest?.split(';')[2] ?? `no redirect: ${String(error)}`;
}

async function secretsOf(userId: number) {
  const [row] = await db.select({ secret: users.totpSecret, pending: users.totpPendingSecret }).from(users).where(eq(users.id, userId));
  return { secret: row?.secret ? unseal(row.secret) : null, pending: row?.pending ? unseal(row.pending) : null, sealed: row?.secret ?? null };
}

/** A user who has set up two-factor sign-in through the account page; returns their app's secret and recovery codes. */
async function enrolled(role: 'admin' | 'editor' | 'author' = 'editor') {
  const user = await createTestUser({ role });
  session.current = await sessionFor(user);
  expect(await redirectOf(startTwoFactorSetupAction(form({})))).toBe('/admin/account?two-factor=scan#two-factor');
  const { pending } = await secretsOf(user.id);
  // A code for the step before now: the sign-in tests below use the current step, which must still be unused.
  expect(await redirectOf(confirmTwoFactorSetupAction(idle, form({ code: totpCode(pending!, Date.now() - 30_000) })))).toBe('/admin/account?two-factor=on#two-factor');
  const recoveryCodes = (await recoveryCodesToShow(user.id))!;
  session.current = null;
  return { user, secret: pending!, recoveryCodes };
}

/** The password step: for a two-factor account it answers with the code step and a ticket, and opens no session. */
async function passwordStep(user: { email: string; password: string }) {
  const answer = await signInAction(idle, form({ email: user.email, password: user.password }));
  expect(answer).toMatchObject({ step: 'code', values: { email: user.email } });
  expect(signIn).not.toHaveBeenCalled();
  return answer.ticket!;
}

describe('setting up two-factor sign-in', () => {
  it('shows a secret, turns on only with a code from it, keeps it sealed and the recovery codes hashed', async () => {
    const user = await createTestUser({ role: 'editor' });
    session.current = await sessionFor(user);
    await redirectOf(startTwoFactorSetupAction(form({})));
    const { pending } = await secretsOf(user.id);
    expect(pending).toMatch(/^[A-Z2-7]{32}$/);

    const wrong = await confirmTwoFactorSetupAction(idle, form({ code: '000000' === totpCode(pending!) ? '111111' : '000000' }));
    expect(wrong).toMatchObject({ status: 'error', errors: { code: expect.stringMatching(/does not match/) } });
    expect((await secretsOf(user.id)).secret).toBeNull();
    expect(await confirmTwoFactorSetupAction(idle, form({ code: '' }))).toMatchObject({ errors: { code: 'Code is required.' } });

    expect(await redirectOf(confirmTwoFactorSetupAction(idle, form({ code: totpCode(pending!) })))).toBe('/admin/account?two-factor=on#two-factor');
    // The codes wait, sealed, for the page to show them once; to this person only; "I have saved them" forgets them.
    const codes = (await recoveryCodesToShow(user.id))!;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect([...jar.values.values()].join()).not.toContain(codes[0]);
    expect(await recoveryCodesToShow(user.id + 1)).toBeNull();
    const stored = await secretsOf(user.id);
    expect(stored.secret).toBe(pending);
    expect(stored.sealed).not.toContain(pending!);
    const hashes = await db.execute<{ code_hash: string }>(sql`select code_hash from recovery_codes where user_id = ${user.id}`);
    expect(hashes).toHaveLength(10);
    for (const code of codes) expect(hashes.map((row) => row.code_hash)).not.toContain(code);
    expect(await redirectOf(dismissRecoveryCodesAction(form({})))).toBe('/admin/account#two-factor');
    expect(await recoveryCodesToShow(user.id)).toBeNull();
  });

  it('needs a session', async () => {
    await expect(startTwoFactorSetupAction(form({}))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    await expect(confirmTwoFactorSetupAction(idle, form({ code: '123456' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
  });
});

describe('signing in with two-factor sign-in on', () => {
  it('asks for the code after the password, and opens the session only with a right one', async () => {
    const { user, secret } = await enrolled();
    const ticket = await passwordStep(user);
    const wrong = await signInAction(idle, form({ ticket, code: '12345' }));
    expect(wrong).toMatchObject({ status: 'error', step: 'code', errors: { code: expect.stringMatching(/wrong or was used already/) } });
    expect(signIn).not.toHaveBeenCalled();

    await signInAction(idle, form({ ticket, code: totpCode(secret) }));
    expect(signIn).toHaveBeenCalledTimes(1);
    const [provider, options] = signIn.mock.calls[0]! as [string, { ticket: string; redirectTo: string }];
    expect(provider).toBe('credentials');
    expect(readTicket(options.ticket, 'complete')).toBe(user.id);
    // The ticket of the password step cannot be handed to Auth.js in place of a finished sign-in.
    expect(readTicket(ticket, 'complete')).toBeNull();
  });

  it('refuses a code used once already, inside its own 30-second window', async () => {
    const { user, secret } = await enrolled();
    const code = totpCode(secret);
    await signInAction(idle, form({ ticket: await passwordStep(user), code }));
    expect(signIn).toHaveBeenCalledTimes(1);
    signIn.mockReset();
    const replayed = await signInAction(idle, form({ ticket: await passwordStep(user), code }));
    expect(replayed).toMatchObject({ status: 'error', errors: { code: expect.stringMatching(/used already/) } });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('takes each recovery code once, and says so on the account page', async () => {
    const { user, recoveryCodes } = await enrolled();
    await signInAction(idle, form({ ticket: await passwordStep(user), code: recoveryCodes[3]!.toUpperCase() }));
    expect(signIn).toHaveBeenCalledWith('credentials', { ticket: expect.any(String), redirectTo: '/admin/account?recovery-code=used#two-factor' });
    signIn.mockReset();
    const again = await signInAction(idle, form({ ticket: await passwordStep(user), code: recoveryCodes[3]! }));
    expect(again).toMatchObject({ status: 'error', errors: { code: expect.stringMatching(/wrong or was used already/) } });
    expect(signIn).not.toHaveBeenCalled();
    const left = await db.execute<{ n: number }>(sql`select count(*)::int as n from recovery_codes where user_id = ${user.id} and used_at is null`);
    expect(left[0]!.n).toBe(9);
  });

  it('counts code guesses against the sign-in limit, and a right password in between does not reset it', async () => {
    const { user, secret } = await enrolled();
    // Right password, wrong code, twice: four attempts of the five an account has.
    for (let guess = 0; guess < 2; guess += 1) await signInAction(idle, form({ ticket: await passwordStep(user), code: '000001' }));
    const ticket = await passwordStep(user);
    // The fifth attempt was that password; the right code now comes too late.
    expect(await signInAction(idle, form({ ticket, code: totpCode(secret) }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Too many failed sign-in attempts/) });
    expect(await signInAction(idle, form({ email: user.email, password: user.password }))).toMatchObject({ message: expect.stringMatching(/Too many failed sign-in attempts/) });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('sends an expired or forged ticket back to the password step', async () => {
    const { user, secret } = await enrolled();
    const ticket = await passwordStep(user);
    const forged = `${ticket.split('.')[0]}.${'A'.repeat(43)}`;
    const answer = await signInAction(idle, form({ ticket: forged, code: totpCode(secret) }));
    expect(answer).toMatchObject({ status: 'error', message: expect.stringMatching(/e-mail and password again/) });
    expect(answer).not.toHaveProperty('step');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('an account without it signs in with the password alone', async () => {
    const user = await createTestUser({ role: 'author' });
    await signInAction(idle, form({ email: user.email, password: user.password }));
    expect(readTicket((signIn.mock.calls[0]![1] as { ticket: string }).ticket, 'complete')).toBe(user.id);
  });
});

describe('turning it off and new recovery codes', () => {
  it('needs the current password for each, and new codes end the old ones', async () => {
    const { user, recoveryCodes } = await enrolled('author');
    session.current = await sessionFor(user);
    expect(await newRecoveryCodesAction(idle, form({ currentPassword: 'not it' }))).toMatchObject({ errors: { currentPassword: 'Current password is wrong.' } });
    expect(await redirectOf(newRecoveryCodesAction(idle, form({ currentPassword: user.password })))).toBe('/admin/account?two-factor=new-codes#two-factor');
    const renewed = (await recoveryCodesToShow(user.id))!;
    expect(renewed).toHaveLength(10);
    expect(renewed).not.toContain(recoveryCodes[0]);
    expect(await turnOffTwoFactorAction(idle, form({ currentPassword: '' }))).toMatchObject({ errors: { currentPassword: 'Current password is required.' } });
    expect(await turnOffTwoFactorAction(idle, form({ currentPassword: user.password }))).toMatchObject({ status: 'success' });
    expect((await secretsOf(user.id)).secret).toBeNull();
    session.current = null;
    await signInAction(idle, form({ email: user.email, password: user.password }));
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});

describe('requiring two-factor sign-in of admins and editors', () => {
  it('is for admins to switch, sends editors without it to set it up, and keeps it on for those who have it', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const editor = await createTestUser({ role: 'editor' });
    const author = await createTestUser({ role: 'author' });
    session.current = await sessionFor(editor);
    await expect(setRequireTwoFactorAction(form({ required: 'on' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    session.current = await sessionFor(admin);
    try {
      expect(await redirectOf(setRequireTwoFactorAction(form({ required: 'on' })))).toBe('/admin/users?two-factor=saved#two-factor-policy');
      session.current = await sessionFor(editor);
      expect(await redirectOf(requireRole('admin', 'editor'))).toBe('/admin/account?two-factor=required#two-factor');
      // Setting it up is what they may still do.
      expect(await redirectOf(startTwoFactorSetupAction(form({})))).toBe('/admin/account?two-factor=scan#two-factor');
      // Authors are not asked.
      session.current = await sessionFor(author);
      expect(await requireRole('author')).toMatchObject({ id: author.id, needsTwoFactorSetup: false });
      const { user: enrolledEditor } = await enrolled('editor');
      session.current = await sessionFor(enrolledEditor);
      expect(await requireRole('editor')).toMatchObject({ needsTwoFactorSetup: false });
      expect(await turnOffTwoFactorAction(idle, form({ currentPassword: enrolledEditor.password }))).toMatchObject({ status: 'error', message: expect.stringMatching(/requires two-factor/) });
      expect((await secretsOf(enrolledEditor.id)).secret).not.toBeNull();
    } finally {
      session.current = await sessionFor(admin);
      await redirectOf(setRequireTwoFactorAction(form({})));
    }
  });
});
