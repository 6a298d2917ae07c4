import type { Metadata } from 'next';
import { SearchForm } from '@/app/_components/search-form';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Search', description: 'Search the posts and framework articles.', path: '/search' }),
  robots: { index: false, follow: true },
};

/** The empty search page; a submitted query is redirected to /search/<query> by proxy.ts. */
export default function SearchPage() {
  return (
    <WithSidebar>
      <h1>Search</h1>
      <p className="lead">Search every post and framework article. Try “LiveView”, “microservices” or “Django”.</p>
      <SearchForm id="search-page-input" />
    </WithSidebar>
  );
}
