import type { Metadata } from 'next';
import { cacheLife } from 'next/cache';
import { SearchForm } from '@/app/_components/search-form';
import { SearchResults } from '@/app/_components/search-results';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readSearch } from '@/lib/reader/search';
import { parseSearchQuery } from '@/lib/validation/search';

type Props = { params: Promise<{ query: string }> };

export async function generateStaticParams() {
  return [{ query: 'LiveView' }];
}

async function queryFrom(params: Props['params']) {
  const raw = (await params).query;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { query: '', error: 'The search is not valid text.' };
  }
  return parseSearchQuery(decoded);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query } = await queryFrom(params);
  return {
    ...pageMetadata({ title: query ? `Search: ${query}` : 'Search', description: 'Search results.', path: paths.search(query) }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchResultsPage({ params }: Props) {
  'use cache';
  cacheLife('days');
  const { query, error } = await queryFrom(params);
  const answer = query ? await readSearch(query) : null;
  return (
    <WithSidebar>
      <h1>Search</h1>
      <SearchForm id="search-page-input" defaultValue={query} />
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : (
        <SearchResults query={query} answer={answer} />
      )}
    </WithSidebar>
  );
}
