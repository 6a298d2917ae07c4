import Link from 'next/link';
import type { SearchHit } from '@/lib/data/search';
import { paths } from '@/lib/paths';
import { readingTimeLabel } from '@/lib/reading-time';
import { Highlighted } from './highlighted';

export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  return (
    <>
      <p className="meta" role="status">
        {hits.length === 0 ? `No results for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`}
      </p>
      <ol className="search-hits">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.slug}`}>
            <h2>
              <Link href={hit.kind === 'post' ? paths.post(hit.slug) : paths.framework(hit.slug)}>{hit.title}</Link>
            </h2>
            <p className="meta">{hit.readingMinutes === null ? 'Framework' : `Post · ${readingTimeLabel(hit.readingMinutes)}`}</p>
            <p>
              <Highlighted snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
