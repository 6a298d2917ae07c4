import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestUser } from '../factories/users';
import { form, idle, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string; signedInAt?: number } | null }));
const signIn = vi.hoisted(() => vi.fn());
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current, signIn }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.77' }) }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag: vi.fn(), refresh: vi.fn() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { changePasswordAction } = await import('@/app/admin/account/actions');
const { authenticate } = await import('@/lib/auth/authenticate');
const { getActiveUser } = await import('@/lib/data/users');
const { readTicket } = await import('@/lib/auth/sign-in-ticket');

const passwords = (currentPassword: string, newPassword: string, repeatPassword = newPassword) => form({ currentPassword, newPassword, repeatPassword });

beforeEach(() => {
  session.current = null;
  signIn.mockReset();
});

describe('changing one’s own password', () => {
  it('needs the current one, ends every other session, and signs this one in again with the new one', async () => {
    const user = await createTestUser();
    session.current = await sessionFor(user);
    const elsewhere = await sessionFor(user, 'another browser');
    await changePasswordAction(idle, passwords(user.password, 'a brand new passphrase'));
    // Signed in again through the one door every sign-in takes: a ticket for this very account.
    expect(signIn).toHaveBeenCalledWith('credentials', { ticket: expect.any(String), redirectTo: '/admin/account?password=changed' });
    expect(readTicket(signIn.mock.calls[0]![1].ticket, 'complete')).toBe(user.id);
    expect((await authenticate(user.email, 'a brand new passphrase', null)).ok).toBe(true);
    expect((await authenticate(user.email, user.password, null)).ok).toBe(false);
    // Every session from before the change is refused, this one's old row included; one opened after it (as signIn just did) is not.
    expect(await getActiveUser(user.id, elsewhere.sessionId!, elsewhere.signedInAt)).toBeNull();
    expect(await getActiveUser(user.id, session.current!.sessionId!, session.current!.signedInAt)).toBeNull();
    expect(await getActiveUser(user.id, (await sessionFor(user)).sessionId!, Date.now())).toMatchObject({ id: user.id });
  });

  it('refuses naming the field, changes nothing, and never sends a password back', async () => {
    const user = await createTestUser();
    session.current = await sessionFor(user);
    const cases: Array<[FormData, string, RegExp]> = [
      [passwords('not my password', 'a brand new passphrase'), 'currentPassword', /Current password is wrong/],
      [passwords('', 'a brand new passphrase'), 'currentPassword', /Current password is required/],
      [passwords(user.password, 'short'), 'newPassword', /New password must be at least 12 characters/],
      [passwords(user.password, 'a brand new passphrase', 'a brand new passphrasE'), 'repeatPassword', /does not match/],
      [passwords(user.password, user.password), 'newPassword', /must differ from the current one/],
    ];
    for (const [data, field, message] of cases) {
      const answer = await changePasswordAction(idle, data);
      expect(answer.status).toBe('error');
      expect(answer.errors[field as keyof typeof answer.errors]).toMatch(message);
      expect(answer.values).toEqual({});
    }
    expect(signIn).not.toHaveBeenCalled();
    expect((await authenticate(user.email, user.password, null)).ok).toBe(true);
  });

  it('cannot be used to guess: the sign-in limit covers the current-password check', async () => {
    const user = await createTestUser();
    session.current = await sessionFor(user);
    for (let i = 0; i < 5; i += 1) await changePasswordAction(idle, passwords(`guess number ${i}`, 'a brand new passphrase'));
    const answer = await changePasswordAction(idle, passwords(user.password, 'a brand new passphrase'));
    expect(answer.message).toMatch(/Too many wrong passwords/);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('needs a session', async () => {
    await expect(changePasswordAction(idle, passwords('x', 'a brand new passphrase'))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
  });
});
