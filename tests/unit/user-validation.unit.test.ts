import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/forms/form-state';
import { newUserSchema, passwordResetSchema, roleChangeSchema, userIdSchema } from '@/lib/validation/user';

describe('newUserSchema', () => {
  it('keeps the name as typed, strips spaces around the e-mail as its input does, and accepts the three roles', () => {
    for (const role of ['admin', 'editor', 'author']) {
      expect(newUserSchema.parse({ name: 'Ada', email: ' ada@example.com ', role, password: 'twelve chars' })).toEqual({ name: 'Ada', email: 'ada@example.com', role, password: 'twelve chars' });
    }
  });

  it('refuses spaces around the name instead of trimming them', () => {
    expect(fieldErrors(newUserSchema.safeParse({ name: '  Ada ', email: 'ada@example.com', role: 'author', password: 'twelve chars' }).error!)).toEqual({
      name: 'Name must not start or end with a space.',
    });
  });

  it('names every bad field', () => {
    const result = newUserSchema.safeParse({ name: ' ', email: 'ada', role: 'root', password: '' });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(['email', 'name', 'password', 'role']);
  });
});

describe('roleChangeSchema and passwordResetSchema', () => {
  it('apply the creation rules to one field each', () => {
    expect(roleChangeSchema.safeParse({ role: 'editor' }).success).toBe(true);
    expect(fieldErrors(roleChangeSchema.safeParse({ role: '' }).error!)).toEqual({ role: 'Role must be one of: admin, editor, author.' });
    expect(fieldErrors(passwordResetSchema.safeParse({ password: 'x'.repeat(11) }).error!)).toEqual({ password: 'Password must be at least 12 characters.' });
    expect(passwordResetSchema.safeParse({ password: 'x'.repeat(12) }).success).toBe(true);
  });
});

describe('userIdSchema', () => {
  it('accepts positive integers that fit a PostgreSQL integer, and nothing else', () => {
    expect(userIdSchema.parse('42')).toBe(42);
    for (const bad of ['', '0', '-1', '1.5', 'abc', '2147483648', null, undefined]) {
      expect(userIdSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});
