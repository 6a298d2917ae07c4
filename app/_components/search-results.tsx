import Link from 'next/link';
import type { SearchAnswer } from '@/lib/data/search';
import { paths } from '@/lib/paths';
import { readingTimeLabel } from '@/lib/reading-time';
import { Highlighted } from './highlighted';

/** What a search found; when the words as typed found nothing, the results of the corrected words, saying so. */
export function SearchResults({ query, answer }: { query: string; answer: SearchAnswer | null }) {
  const hits = answer?.hits ?? [];
  const corrected = answer?.correctedFrom ? answer.query : null;
  return (
    <>
      {corrected ? (
        <p className="meta" role="status">
          No results for “{query}”. Did you mean <Link href={paths.search(corrected)}>{corrected}</Link>? Showing its {hits.length} result
          {hits.length === 1 ? '' : 's'}.
        </p>
      ) : (
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
