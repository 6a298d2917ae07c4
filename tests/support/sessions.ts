import { openSession } from '@/lib/data/user-sessions';
import { createTestUser } from '../factories/users';

/** The session an integration test injects in place of Auth.js's (there is no request): null when signed out. */
export interface InjectedSession {
  current: { user: { id: string }; sessionId?: string; signedInAt?: number } | null;
}

/** What Auth.js hands the guards for a user signed in now: their id and an open session row, as a real sign-in makes. */
export async function sessionFor(user: { id: number }, userAgent = 'integration test'): Promise<NonNullable<InjectedSession['current']>> {
  return { user: { id: String(user.id) }, sessionId: await openSession(user.id, userAgent), signedInAt: Date.now() };
}

/** `signInAs(role)`: a new user of that role, now signed in to the injected session. */
export function signerInto(session: InjectedSession) {
  return async function signInAs(role: 'admin' | 'editor' | 'author') {
    const user = await createTestUser({ role });
    session.current = await sessionFor(user);
    return user;
  };
}
