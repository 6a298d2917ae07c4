import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { readingMinutes } from '@/lib/reading-time';
import { readingTextColumns } from './posts';
import { searchTsquery } from './tsquery';
import { isPubliclyVisible } from './visibility';

/** Marks around matched words in snippets; control characters cannot clash with prose. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface SearchHit {
  kind: 'post' | 'framework';
  slug: string;
  title: string;
  /** Plain text with matches wrapped in HIGHLIGHT_START / HIGHLIGHT_END. */
  snippet: string;
  rank: number;
  /** A post's reading time in minutes, as on its card; null for a framework. */
  readingMinutes: number | null;
}

const MAX_HITS = 20;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over public posts and all frameworks, best match first.
 * The query syntax ("quoted phrases", -exclusions, or) is read by
 * searchTsquery, which accepts anything a reader types. Snippets are only
 * computed for the hits that are returned, since ts_headline re-parses each document.
 */
export async function searchContent(query: string): Promise<SearchHit[]> {
  const tsquery = searchTsquery(query);
  if (!tsquery) return [];
  type Row = Omit<SearchHit, 'readingMinutes'> & { body: string | null; ranked_text: string | null };
  const rows = await db.execute<Row>(sql`
    with q as (select ${tsquery} as query),
    hits as (
      select 'post' as kind, posts.slug, posts.title,
             posts.excerpt || ' ' || posts.body as document,
             ts_rank_cd(posts.search_vector, q.query, 32) as rank,
             posts.body, ${readingTextColumns.rankedText} as ranked_text
      from posts, q
      where posts.search_vector @@ q.query and ${isPubliclyVisible}
      union all
      select 'framework', f.slug, f.name,
             f.overview || ' ' || f.search_text,
             ts_rank_cd(f.search_vector, q.query, 32),
             null, null
      from frameworks f, q
      where f.search_vector @@ q.query
      order by rank desc, title asc
      limit ${MAX_HITS}
    )
    select hits.kind, hits.slug, hits.title, hits.rank::float8 as rank, hits.body, hits.ranked_text,
           ts_headline('english', regexp_replace(hits.document, '[*_#>\`|\\[\\]]+', ' ', 'g'), q.query, ${HEADLINE_OPTIONS}) as snippet
    from hits, q
    order by hits.rank desc, hits.title asc
  `);
  return rows.map(({ body, ranked_text, ...row }) => ({
    ...row,
    rank: Number(row.rank),
    readingMinutes: row.kind === 'post' ? readingMinutes(body ?? '', ranked_text ?? '') : null,
  }));
}
