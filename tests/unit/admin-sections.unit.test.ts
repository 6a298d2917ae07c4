import { describe, expect, it } from 'vitest';
import { rolesForAdminPath } from '@/lib/auth/admin-sections';

describe('who may open an admin path', () => {
  it('takes the deepest section: users and the audit log are admins’, frameworks, comments and quotes editors’', () => {
    expect(rolesForAdminPath('/admin/users/12')).toEqual(['admin']);
    expect(rolesForAdminPath('/admin/audit')).toEqual(['admin']);
    expect(rolesForAdminPath('/admin/frameworks/ranking')).toEqual(['admin', 'editor']);
    expect(rolesForAdminPath('/admin/comments/blocked-words')).toEqual(['admin', 'editor']);
    expect(rolesForAdminPath('/admin/posts/3/history')).toEqual(['admin', 'editor', 'author']);
    expect(rolesForAdminPath('/admin')).toEqual(['admin', 'editor', 'author']);
  });

  it('does not take a section for a path that only starts with its name', () => {
    expect(rolesForAdminPath('/admin/usersettings')).toEqual(['admin', 'editor', 'author']);
  });
});
