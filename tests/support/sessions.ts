import { createTestUser } from '../factories/users';

/** The session an integration test injects in place of Auth.js's (there is no request): null when signed out. */
export interface InjectedSession {
  current: { user: { id: string } } | null;
}

/** `signInAs(role)`: a new user of that role, now signed in to the injected session. */
export function signerInto(session: InjectedSession) {
  return async function signInAs(role: 'admin' | 'editor' | 'author') {
    const user = await createTestUser({ role });
    session.current = { user: { id: String(user.id) } };
    return user;
  };
}
