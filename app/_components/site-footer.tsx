import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {site.name} · {site.tagline}
        </p>
        <ul>
          <li>
            <Link href="/frameworks">Frameworks</Link>
          </li>
          <li>
            <Link href="/search">Search</Link>
          </li>
          <li>
            <Link href="/quote">Request a Quote</Link>
          </li>
          <li>
            <Link href="/feeds">RSS feed</Link>
          </li>
          <li>
            <a href="/sitemap.xml">Sitemap</a>
          </li>
          <li>
            <Link href="/login">Sign in</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
