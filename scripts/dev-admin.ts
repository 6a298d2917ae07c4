import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { createUser, hasSignInUsers } from '@/lib/data/users';

export const DEV_ADMIN_EMAIL = 'admin@musings.local';

/**
 * `npm run dev` on a database where nobody can sign in: create an admin with
 * a random password and print it once. Development only; production users
 * are created with `npm run user:create`.
 */
export async function ensureDevAdmin(): Promise<void> {
  if (await hasSignInUsers()) return;
  const password = randomBytes(12).toString('base64url');
  await createUser({ email: DEV_ADMIN_EMAIL, name: 'Admin', role: 'admin', passwordHash: await hashPassword(password) });
  const lines = [
    'Created a development admin. This is shown only once:',
    `  e-mail:   ${DEV_ADMIN_EMAIL}`,
    `  password: ${password}`,
    `Sign in at http://localhost:${process.env.PORT ?? 3000}/login`,
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const border = '─'.repeat(width);
  console.log(['', `  ┌${border}┐`, ...lines.map((line) => `  │ ${line.padEnd(width - 1)}│`), `  └${border}┘`, ''].join('\n'));
}
