import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { signOutAction } from './actions';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · Web Marketing' }, robots: { index: false } };

/** The layout checks the role; every page and action below checks again on its own. */
async function AdminChrome({ children }: { children: React.ReactNode }) {
  const user = await requireRole(...STAFF);
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
          <li>
            <Link href="/admin">Dashboard</Link>
          </li>
          {user.role !== 'author' && (
            <li>
              <Link href="/admin/quotes">Quote requests</Link>
            </li>
          )}
        </ul>
      </nav>
      <main id="main" className="container page-full">
        {children}
      </main>
    </>
  );
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  // Reading the session cookie is request data, so it sits behind Suspense.
  return (
    <Suspense fallback={<p className="container page-full">Checking your session…</p>}>
      <AdminChrome>{children}</AdminChrome>
    </Suspense>
  );
}
