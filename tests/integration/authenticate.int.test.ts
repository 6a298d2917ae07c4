import { describe, expect, it } from 'vitest';
import { authenticate, LIMITS } from '@/lib/auth/authenticate';
import { DuplicateEmailError, createUser, getActiveUser } from '@/lib/data/users';
import { openSession } from '@/lib/data/user-sessions';
import { createTestUser } from '../factories/users';

describe('authenticate', () => {
  it('signs in with the right password, case-insensitively by e-mail', async () => {
    const user = await createTestUser({ role: 'editor' });
    const result = await authenticate(user.email.toUpperCase(), user.password, '203.0.113.1');
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: 'Test User', role: 'editor' }, hasTwoFactor: false });
  });

  it('gives the same answer for a wrong password, an unknown e-mail, a disabled account and a byline without a password', async () => {
    const user = await createTestUser();
    const disabled = await createTestUser({ disabled: true });
    const answers = await Promise.all([
      authenticate(user.email, 'wrong password', null),
      authenticate('nobody@example.com', 'whatever', null),
      authenticate(disabled.email, disabled.password, null),
      authenticate('annie@musings.example', '', null),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: 'invalid' }));
  });

  it('holds the per-account limit against a burst of parallel guesses', async () => {
    const user = await createTestUser();
    const answers = await Promise.all(Array.from({ length: 12 }, () => authenticate(user.email, 'guess', null)));
    expect(answers.filter((answer) => !answer.ok && answer.reason === 'invalid')).toHaveLength(LIMITS.perAccount);
    expect(answers.filter((answer) => !answer.ok && answer.reason === 'rate_limited')).toHaveLength(12 - LIMITS.perAccount);
  });

  it(`refuses an account after ${LIMITS.perAccount} failures, even with the right password`, async () => {
    const user = await createTestUser();
    for (let i = 0; i < LIMITS.perAccount; i += 1) expect((await authenticate(user.email, 'nope', null)).ok).toBe(false);
    expect(await authenticate(user.email, user.password, null)).toEqual({ ok: false, reason: 'rate_limited' });
  });

  it('counts only the failures since the last success', async () => {
    const user = await createTestUser();
    for (let i = 0; i < LIMITS.perAccount - 1; i += 1) await authenticate(user.email, 'nope', null);
    expect((await authenticate(user.email, user.password, null)).ok).toBe(true);
    for (let i = 0; i < LIMITS.perAccount - 1; i += 1) await authenticate(user.email, 'nope', null);
    expect((await authenticate(user.email, user.password, null)).ok).toBe(true);
  });

  it(`refuses an IP after ${LIMITS.perIp} failures across accounts`, async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < LIMITS.perIp; i += 1) await authenticate(`spray-${i}@example.com`, 'guess', ip);
    const user = await createTestUser();
    expect(await authenticate(user.email, user.password, ip)).toEqual({ ok: false, reason: 'rate_limited' });
    expect((await authenticate(user.email, user.password, '198.51.100.8')).ok).toBe(true);
  });
});

describe('users', () => {
  it('refuses a second account with the same e-mail in another case', async () => {
    const user = await createTestUser();
    await expect(createUser({ email: user.email.toUpperCase(), name: 'Dup', role: 'author', passwordHash: 'x' })).rejects.toBeInstanceOf(DuplicateEmailError);
  });

  it('treats a disabled user as signed out on their next request', async () => {
    const active = await createTestUser();
    const disabled = await createTestUser({ disabled: true });
    expect(await getActiveUser(active.id, await openSession(active.id, 'test'))).toMatchObject({ id: active.id });
    expect(await getActiveUser(disabled.id, await openSession(disabled.id, 'test'))).toBeNull();
  });
});
