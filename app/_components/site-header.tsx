import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchForm } from './search-form';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <div className="topbar">
          <Link href="/" className="brand">
            <span className="brand-name">{site.name}</span>
            <span className="brand-tagline">{site.tagline}</span>
          </Link>
          <div className="topbar-actions">
            <SearchForm />
            <Link href="/quote" className="button">
              Request a Quote
            </Link>
          </div>
        </div>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <Link href="/">Home</Link>
            </li>
            <li>
              <Link href="/blog/top-10-backend-frameworks-2024">Top 10 Frameworks</Link>
            </li>
            <li>
              <Link href="/frameworks">Framework comparison</Link>
            </li>
            <li>
              <Link href={`/category/${site.newsCategorySlug}`}>News and Events</Link>
            </li>
            <li>
              <Link href="/feeds">RSS</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
