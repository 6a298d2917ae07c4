import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { idleState } from '@/lib/forms/form-state';
import { createTestUser } from '../factories/users';
import { FORBIDDEN, REDIRECT_TO_LOGIN } from '../support/action-calls';
import { sessionFor } from '../support/sessions';

// The session is injected (there is no request here); the database is real.
const session = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string; signedInAt?: number } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
// refresh() needs a real action request; the e2e test covers what the browser sees.
const refresh = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), refresh }));
// The app enables this in next.config.mjs (experimental.authInterrupts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { createUserAction, changeRoleAction, setUserDisabledAction, resetPasswordAction } = await import('@/app/admin/users/actions');
const { currentUser } = await import('@/lib/auth/guards');
const { verifyPassword } = await import('@/lib/auth/password');
const { authenticate } = await import('@/lib/auth/authenticate');
const { takeLoginAttempt } = await import('@/lib/data/login-attempts');

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

const signInAs = async (user: { id: number } | null) => {
  session.current = user ? await sessionFor(user) : null;
};

const NEW_PASSWORD = 'a long new password';

type UserState = { role: string; disabled: boolean; password_hash: string | null };
const userState = async (id: number) =>
  (await db.execute<UserState>(sql`select role, disabled_at is not null as disabled, password_hash from users where id = ${id}`))[0];
const userCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from users`))[0]!.n;
const auditRows = async (targetId: number) =>
  db.execute<{ action: string; actor_id: number | null; target_label: string; details: unknown }>(
    sql`select action, actor_id, target_label, details from audit_log where target_type = 'user' and target_id = ${targetId} order by id`,
  );
const auditCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0]!.n;

const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

/** Each action with a valid submission against `target`, so the denial tests run them all alike. */
const everyAction = (target: { id: number }) =>
  [
    ['createUserAction', () => createUserAction(idleState(), form({ name: 'Newcomer', email: `new-${target.id}@example.com`, role: 'author', password: NEW_PASSWORD }))],
    ['changeRoleAction', () => changeRoleAction(idleState(), form({ id: target.id, role: 'admin' }))],
    ['setUserDisabledAction', () => setUserDisabledAction(idleState(), form({ id: target.id, disabled: 'true' }))],
    ['resetPasswordAction', () => resetPasswordAction(idleState(), form({ id: target.id, password: NEW_PASSWORD }))],
  ] as const;

beforeEach(async () => {
  await signInAs(null);
  refresh.mockClear();
});

describe('every user-management action', () => {
  it.each([
    ['no session', async () => null, REDIRECT_TO_LOGIN],
    ['an author', () => createTestUser({ role: 'author' }), FORBIDDEN],
    ['an editor', () => createTestUser({ role: 'editor' }), FORBIDDEN],
    ['a disabled admin whose session is still valid', () => createTestUser({ role: 'admin', disabled: true }), REDIRECT_TO_LOGIN],
  ])('refuses %s and changes nothing', async (_who, makeActor, refusal) => {
    await signInAs(await makeActor());
    const target = await createTestUser({ role: 'author' });
    const before = { state: await userState(target.id), users: await userCount(), audit: await auditCount() };
    for (const [name, run] of everyAction(target)) {
      await expect(run(), name).rejects.toMatchObject(refusal);
    }
    expect({ state: await userState(target.id), users: await userCount(), audit: await auditCount() }).toEqual(before);
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('createUserAction', () => {
  it('lets an admin create a user who can then sign in, and records it', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await signInAs(admin);
    const email = `Writer-${admin.id}@Example.com`;
    await expect(createUserAction(idleState(), form({ name: 'Wendy Writer', email, role: 'author', password: NEW_PASSWORD }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/admin\/users\/\d+\?created=1;/),
    });
    const [created] = await db.execute<{ id: number; name: string; role: string }>(sql`select id, name, role from users where email = ${email}`);
    expect(created).toMatchObject({ name: 'Wendy Writer', role: 'author' });
    const outcome = await authenticate(email, NEW_PASSWORD, null);
    expect(outcome).toMatchObject({ ok: true, user: { id: created!.id, role: 'author' } });
    expect(await auditRows(created!.id)).toEqual([{ action: 'user.create', actor_id: admin.id, target_label: `Wendy Writer <${email}>`, details: { role: 'author' } }]);
  });

  it('names each bad field, keeps what was typed, and never echoes the password', async () => {
    await signInAs(await createTestUser({ role: 'admin' }));
    const before = await userCount();
    const state = await createUserAction(idleState(), form({ name: 'Nul\u0000Name', email: 'not-an-address', role: 'owner', password: 'short' }));
    expect(state.status).toBe('error');
    expect(state.errors).toEqual({
      name: 'Name contains a NUL character, which cannot be stored.',
      email: 'E-mail must be a valid e-mail address, like name@example.com.',
      role: 'Role must be one of: admin, editor, author.',
      password: 'Password must be at least 12 characters.',
    });
    expect(state.values).toEqual({ name: 'Nul\u0000Name', email: 'not-an-address', role: 'owner', password: '' });
    expect(await userCount()).toBe(before);
  });

  it('answers a duplicate e-mail (in any case) with a field error, not a crash, and records nothing', async () => {
    const existing = await createTestUser({ role: 'editor' });
    await signInAs(await createTestUser({ role: 'admin' }));
    const before = { users: await userCount(), audit: await auditCount() };
    const state = await createUserAction(idleState(), form({ name: 'Twin', email: existing.email.toUpperCase(), role: 'author', password: NEW_PASSWORD }));
    expect(state).toMatchObject({ status: 'error', errors: { email: `${existing.email.toUpperCase()} already has an account.` } });
    expect(state.values).toMatchObject({ name: 'Twin', email: existing.email.toUpperCase(), password: '' });
    expect({ users: await userCount(), audit: await auditCount() }).toEqual(before);
  });
});

describe('changeRoleAction', () => {
  it('lets an admin change a role, and records from and to', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const target = await createTestUser({ role: 'author' });
    await signInAs(admin);
    const state = await changeRoleAction(idleState(), form({ id: target.id, role: 'editor' }));
    expect(state).toMatchObject({ status: 'success', message: 'Test User is now an editor.' });
    expect((await userState(target.id))?.role).toBe('editor');
    expect(refresh).toHaveBeenCalledOnce();
    expect(await auditRows(target.id)).toEqual([{ action: 'user.role', actor_id: admin.id, target_label: `Test User <${target.email}>`, details: { from: 'author', to: 'editor' } }]);
  });

  it('refuses an admin demoting themselves, with a message on the role field', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await createTestUser({ role: 'admin' });
    await signInAs(admin);
    const state = await changeRoleAction(idleState(), form({ id: admin.id, role: 'author' }));
    expect(state.status).toBe('error');
    expect(state.errors.role).toMatch(/^You cannot change your own role\./);
    expect(state.values).toEqual({ role: 'author' });
    expect((await userState(admin.id))?.role).toBe('admin');
    expect(await auditRows(admin.id)).toEqual([]);
  });

  it('names the role field for a role that does not exist, and 404s for an account that does not', async () => {
    const target = await createTestUser({ role: 'author' });
    await signInAs(await createTestUser({ role: 'admin' }));
    expect((await changeRoleAction(idleState(), form({ id: target.id, role: 'owner' }))).errors.role).toBe('Role must be one of: admin, editor, author.');
    for (const id of ['999999', 'abc', '-1', '']) {
      await expect(changeRoleAction(idleState(), form({ id, role: 'editor' }))).rejects.toMatchObject(NOT_FOUND);
    }
    expect((await userState(target.id))?.role).toBe('author');
  });
});

describe('setUserDisabledAction', () => {
  it('lets an admin disable a user, who is refused on their very next request, and enable them again', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const editor = await createTestUser({ role: 'editor' });
    await signInAs(editor);
    expect((await currentUser())?.id).toBe(editor.id);

    await signInAs(admin);
    expect(await setUserDisabledAction(idleState(), form({ id: editor.id, disabled: 'true' }))).toMatchObject({ status: 'success' });
    expect((await userState(editor.id))?.disabled).toBe(true);

    // The editor's session cookie is still valid; the guard re-reads the account and refuses it.
    await signInAs(editor);
    await expect(changeRoleAction(idleState(), form({ id: admin.id, role: 'author' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await authenticate(editor.email, editor.password, null)).toEqual({ ok: false, reason: 'invalid' });

    await signInAs(admin);
    expect(await setUserDisabledAction(idleState(), form({ id: editor.id, disabled: 'false' }))).toMatchObject({ status: 'success' });
    expect((await userState(editor.id))?.disabled).toBe(false);
    expect((await auditRows(editor.id)).map((row) => [row.action, row.actor_id])).toEqual([
      ['user.disable', admin.id],
      ['user.enable', admin.id],
    ]);
  });

  it('refuses an admin disabling themselves', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await signInAs(admin);
    expect(await setUserDisabledAction(idleState(), form({ id: admin.id, disabled: 'true' }))).toMatchObject({ status: 'error', message: 'You cannot disable your own account.' });
    expect((await userState(admin.id))?.disabled).toBe(false);
    expect(await auditRows(admin.id)).toEqual([]);
  });
});

describe('the last active admin', () => {
  it('cannot be disabled or demoted: the data layer refuses on its own, whoever asks', async () => {
    // The actions already refuse self-demotion; this is the guarantee underneath,
    // held under row locks so two admins demoting each other cannot both succeed.
    const { changeUserRole, setUserDisabled } = await import('@/lib/data/user-management');
    // Leave exactly one active admin: the target.
    await db.execute(sql`update users set disabled_at = now() where role = 'admin' and disabled_at is null`);
    const lastAdmin = await createTestUser({ role: 'admin' });
    expect(await setUserDisabled(lastAdmin.id + 1000, lastAdmin.id, true)).toEqual({ ok: false, reason: 'last_admin' });
    expect(await changeUserRole(lastAdmin.id + 1000, lastAdmin.id, 'editor')).toEqual({ ok: false, reason: 'last_admin' });
    expect(await userState(lastAdmin.id)).toMatchObject({ role: 'admin', disabled: false });
    expect(await auditRows(lastAdmin.id)).toEqual([]);
    // With a second active admin, either may be demoted.
    const second = await createTestUser({ role: 'admin' });
    expect(await changeUserRole(second.id, lastAdmin.id, 'editor')).toMatchObject({ ok: true });
  });

  it('survives the two last admins demoting and disabling each other at the same moment', async () => {
    const { changeUserRole, setUserDisabled } = await import('@/lib/data/user-management');
    await db.execute(sql`update users set disabled_at = now() where role = 'admin' and disabled_at is null`);
    const [a, b] = [await createTestUser({ role: 'admin' }), await createTestUser({ role: 'admin' })];
    // Hold back every write to users until both transactions have read who the admins are,
    // so they truly overlap: without the row locks both would see two admins and both succeed.
    const { sql: pg } = await import('@/db/client');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let gateClosed!: () => void;
    const closed = new Promise<void>((resolve) => (gateClosed = resolve));
    const gate = pg.begin(async (tx) => {
      await tx`lock table users in share mode`;
      gateClosed();
      await released;
    });
    await closed;
    const race = Promise.all([changeUserRole(a.id, b.id, 'author'), setUserDisabled(b.id, a.id, true)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await gate;
    const outcomes = await race;
    expect(outcomes.map((outcome) => outcome.ok).sort()).toEqual([false, true]);
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from users where role = 'admin' and disabled_at is null`);
    expect(row!.n).toBe(1);
  });
});

describe('resetPasswordAction', () => {
  it('lets an admin set a new password, which works at once even for a locked-out account, and records it', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const author = await createTestUser({ role: 'author' });
    for (let i = 0; i < 5; i++) await takeLoginAttempt([{ key: `email:${author.email}`, limit: 99 }], 900);
    expect(await authenticate(author.email, author.password, null)).toEqual({ ok: false, reason: 'rate_limited' });

    await signInAs(admin);
    const state = await resetPasswordAction(idleState(), form({ id: author.id, password: NEW_PASSWORD }));
    expect(state).toMatchObject({ status: 'success', values: {} });
    expect(await verifyPassword(NEW_PASSWORD, (await userState(author.id))!.password_hash!)).toBe(true);
    expect(await authenticate(author.email, NEW_PASSWORD, null)).toMatchObject({ ok: true });
    expect(await auditRows(author.id)).toEqual([{ action: 'user.password_reset', actor_id: admin.id, target_label: `Test User <${author.email}>`, details: null }]);
  });

  it('ends the sessions that began before the reset, and only those', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const editor = await createTestUser({ role: 'editor' });
    const { getActiveUser } = await import('@/lib/data/users');
    const editorSession = await sessionFor(editor);
    expect(await getActiveUser(editor.id, editorSession.sessionId!, editorSession.signedInAt)).not.toBeNull();
    await signInAs(admin);
    const adminSessionId = session.current!.sessionId!;
    await resetPasswordAction(idleState(), form({ id: editor.id, password: NEW_PASSWORD }));
    // The editor's old session is refused on its next request.
    session.current = editorSession;
    await expect(changeRoleAction(idleState(), form({ id: admin.id, role: 'author' }))).rejects.toMatchObject(REDIRECT_TO_LOGIN);
    expect(await getActiveUser(editor.id, editorSession.sessionId!, editorSession.signedInAt)).toBeNull();
    // Signing in again with the new password starts a session that counts.
    const fresh = await sessionFor(editor);
    expect(await getActiveUser(editor.id, fresh.sessionId!, Date.now() + 1)).toMatchObject({ id: editor.id });
    // Other accounts' sessions are untouched.
    expect(await getActiveUser(admin.id, adminSessionId, Date.now())).toMatchObject({ id: admin.id });
  });

  it('validates the new password like creation, without echoing it', async () => {
    const author = await createTestUser({ role: 'author' });
    await signInAs(await createTestUser({ role: 'admin' }));
    const before = (await userState(author.id))?.password_hash;
    const state = await resetPasswordAction(idleState(), form({ id: author.id, password: 'short' }));
    expect(state).toMatchObject({ status: 'error', values: {}, errors: { password: 'Password must be at least 12 characters.' } });
    expect((await userState(author.id))?.password_hash).toBe(before);
    await expect(resetPasswordAction(idleState(), form({ id: 999999, password: NEW_PASSWORD }))).rejects.toMatchObject(NOT_FOUND);
  });
});

describe('the audit log', () => {
  it('lists user-management entries newest first, by person, and leaves them out for non-admins', async () => {
    const { listAudit, listRecentActivity } = await import('@/lib/data/audit');
    const admin = await createTestUser({ role: 'admin' });
    const target = await createTestUser({ role: 'author' });
    await signInAs(admin);
    await changeRoleAction(idleState(), form({ id: target.id, role: 'editor' }));
    await resetPasswordAction(idleState(), form({ id: target.id, password: NEW_PASSWORD }));

    const mine = await listAudit(1, { actorId: admin.id });
    expect(mine.total).toBe(2);
    expect(mine.items.map((entry) => [entry.action, entry.actorName, entry.targetLabel])).toEqual([
      ['user.password_reset', 'Test User', `Test User <${target.email}>`],
      ['user.role', 'Test User', `Test User <${target.email}>`],
    ]);
    expect((await listRecentActivity(10)).map((entry) => entry.action)).toContain('user.password_reset');
    expect((await listRecentActivity(10, { excludeTargetTypes: ['user'] })).filter((entry) => entry.targetType === 'user')).toEqual([]);
  });
});
