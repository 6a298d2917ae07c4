import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/app/_components/search-form';
import { SiteFooter } from '@/app/_components/site-footer';
import { SiteHeader } from '@/app/_components/site-header';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Root 404: rendered outside the (site) layout, so it brings the header and footer itself. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container page-full">
        <div className="prose">
          <h1>Page not found</h1>
          <p className="lead">We could not find that page. It may have moved, or the address may be mistyped.</p>
          <p>Try a search, or start from the home page.</p>
          <SearchForm id="not-found-search" />
          <p>
            <Link href="/">← Back to the home page</Link>
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
