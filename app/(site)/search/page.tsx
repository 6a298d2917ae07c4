import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Highlighted } from '@/app/_components/highlighted';
import { SearchForm } from '@/app/_components/search-form';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readSearch } from '@/lib/reader/search';
import { parseSearchQuery } from '@/lib/validation/search';

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Search', description: 'Search the posts and framework articles.', path: '/search' }),
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function SearchPage({ searchParams }: Props) {
  return (
    <WithSidebar>
      <h1>Search</h1>
      <Suspense fallback={<SearchForm id="search-page-input" />}>
        <SearchResults searchParams={searchParams} />
      </Suspense>
    </WithSidebar>
  );
}

async function SearchResults({ searchParams }: Props) {
  const { query, error } = parseSearchQuery((await searchParams).q);
  const hits = query ? await readSearch(query) : [];
  return (
    <>
      <SearchForm id="search-page-input" defaultValue={query} />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {query && (
        <p className="meta" role="status">
          {hits.length === 0 ? `No results for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`}
        </p>
      )}
      <ol className="search-hits">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.slug}`}>
            <h2>
              <Link href={hit.kind === 'post' ? paths.post(hit.slug) : paths.framework(hit.slug)}>{hit.title}</Link>
            </h2>
            <p className="meta">{hit.kind === 'post' ? 'Post' : 'Framework'}</p>
            <p>
              <Highlighted snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
