import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRoleOf, STAFF } from '@/lib/auth/guards';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-sections';
import { signOutAction } from './actions';
import './admin.css';

// Every admin page reads the session and the database for the signed-in user; none is
// prerendered: each renders at request time, blocking, and Next's instant-navigation checks have nothing to find here.
export const instant = false;

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · Web Marketing' }, robots: { index: false } };

/**
 * The layout checks the role; every page and action below checks again on its own. Someone who
 * must still set up two-factor sign-in sees no sections: their pages would send them back to it.
 */
async function AdminChrome({ children }: { children: React.ReactNode }) {
  const user = await requireRoleOf(STAFF, { duringTwoFactorSetup: true });
  return (
    <>
      <header className="site-header">
        <div className="container topbar">
          <Link href="/admin" className="brand">
            <span className="brand-name">Musings admin</span>
            <span className="brand-tagline">
              Signed in as {user.name} ({user.role})
            </span>
          </Link>
          <div className="topbar-actions">
            <Link href="/">View site</Link>
            <form action={signOutAction}>
              <button type="submit" className="button">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <nav aria-label="Admin" className="container site-nav">
        <ul>
          {ADMIN_SECTIONS
            .filter((link) => link.roles.includes(user.role) && !user.needsTwoFactorSetup)
            .map((link) => (
              <li key={link.href}>
                {/* Each admin page renders in full on request: prefetching every section on every page load would render them all. */}
                <Link href={link.href} prefetch={false}>
                  {link.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" className="container page-full">
        {children}
      </main>
    </>
  );
}

/**
 * No Suspense boundary around the session check: the admin renders whole on the server before
 * any byte is sent (`instant = false` lets the route block instead of streaming a prerendered
 * shell). So it reads without JavaScript, and a sign-in redirect or a 403 is the response's real
 * status, not a swap inside a 200 stream.
 */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AdminChrome>{children}</AdminChrome>;
}
