import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { createUser, type Role } from '@/lib/data/users';

export async function createTestUser(overrides: { role?: Role; password?: string; disabled?: boolean } = {}) {
  const password = overrides.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const user = await createUser({
    email: `user-${randomBytes(4).toString('hex')}@example.com`,
    name: 'Test User',
    role: overrides.role ?? 'author',
    passwordHash: await hashPassword(password),
  });
  if (overrides.disabled) await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
  return { ...user, password };
}
