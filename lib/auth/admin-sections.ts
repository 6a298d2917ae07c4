import type { Role } from '@/lib/data/users';

const STAFF: Role[] = ['admin', 'editor', 'author'];
const EDITORS: Role[] = ['admin', 'editor'];

/**
 * The admin's sections and who may open each: the navigation shows a link
 * only to those roles, and proxy.ts answers 403 before any byte of a page
 * for anyone else. Each page and action still checks its role itself.
 */
export const ADMIN_SECTIONS: ReadonlyArray<{ href: string; label: string; roles: readonly Role[] }> = [
  { href: '/admin', label: 'Dashboard', roles: STAFF },
  { href: '/admin/posts', label: 'Posts', roles: STAFF },
  { href: '/admin/media', label: 'Media', roles: STAFF },
  { href: '/admin/categories', label: 'Categories', roles: EDITORS },
  { href: '/admin/tags', label: 'Tags', roles: EDITORS },
  { href: '/admin/frameworks', label: 'Frameworks', roles: EDITORS },
  { href: '/admin/comments', label: 'Comments', roles: EDITORS },
  { href: '/admin/quotes', label: 'Quote requests', roles: EDITORS },
  { href: '/admin/users', label: 'Users', roles: ['admin'] },
  { href: '/admin/webhooks', label: 'Webhooks', roles: ['admin'] },
  { href: '/admin/import', label: 'Import', roles: ['admin'] },
  { href: '/admin/audit', label: 'Audit log', roles: ['admin'] },
  { href: '/admin/api-keys', label: 'API keys', roles: ['admin'] },
  { href: '/admin/account', label: 'Your profile', roles: STAFF },
];

/** The roles that may open an admin path: its deepest section's. */
export function rolesForAdminPath(pathname: string): readonly Role[] {
  let roles: readonly Role[] = STAFF;
  let matched = '';
  for (const section of ADMIN_SECTIONS) {
    if ((pathname === section.href || pathname.startsWith(`${section.href}/`)) && section.href.length > matched.length) {
      matched = section.href;
      roles = section.roles;
    }
  }
  return roles;
}
