import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { readingMinutes } from '@/lib/reading-time';
import { readingTextColumns } from './posts';
import { formatSearchTerms, parseSearchTerms, searchTsquery } from './tsquery';
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

// PostgreSQL regular expressions (advanced syntax), passed as parameters.
const UNPUNCTUATED_LINE_END = String.raw`([^.!?:;,[:space:]])[ \t]*\r?\n`;
const LIST_MARKER = String.raw`(^|\n)[ \t]*([-+*]|[0-9]+[.)])[ \t]+`;
const MARKDOWN_PUNCTUATION = String.raw`[*_#>` + '`' + String.raw`|\[\]]+`;

/**
 * A document as snippets quote it: each line (a list item, a table row, a
 * heading) ends as a sentence instead of running into the next, and list
 * markers and Markdown punctuation are gone.
 */
function asSentences(document: SQL): SQL {
  const sentences = sql`regexp_replace(${document}, ${UNPUNCTUATED_LINE_END}, ${String.raw`\1.` + '\n'}, 'g')`;
  const unlisted = sql`regexp_replace(${sentences}, ${LIST_MARKER}, ${String.raw`\1`}, 'g')`;
  return sql`regexp_replace(${unlisted}, ${MARKDOWN_PUNCTUATION}, ' ', 'g')`;
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over public posts and published frameworks, best match first.
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
      where f.search_vector @@ q.query and f.status = 'published'
      order by rank desc, title asc
      limit ${MAX_HITS}
    )
    select hits.kind, hits.slug, hits.title, hits.rank::float8 as rank, hits.body, hits.ranked_text,
           ts_headline('english', ${asSentences(sql`hits.document`)}, q.query, ${HEADLINE_OPTIONS}) as snippet
    from hits, q
    order by hits.rank desc, hits.title asc
  `);
  return rows.map(({ body, ranked_text, ...row }) => ({
    ...row,
    rank: Number(row.rank),
    readingMinutes: row.kind === 'post' ? readingMinutes(body ?? '', ranked_text ?? '') : null,
  }));
}

/** The suggestion written the way the reader wrote the word: "Djnago" → "Django", "LARVEL" → "LARAVEL". */
function inCaseOf(typed: string, word: string): string {
  if (typed === typed.toUpperCase()) return word.toUpperCase();
  if (typed[0] === typed[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** Set when the query as typed found nothing: the corrected query whose hits these are ("Did you mean …?"). */
  correctedFrom: string | null;
  query: string;
}

/**
 * Searches as typed; when that finds nothing, each plain word is replaced by
 * the closest known word (trigram similarity) and the corrected query is
 * tried. A correction is only offered when it finds something, so a word
 * that is no longer published is never suggested.
 */
export async function searchWithCorrection(query: string): Promise<SearchAnswer> {
  const hits = await searchContent(query);
  if (hits.length > 0) return { hits, correctedFrom: null, query };
  const groups = parseSearchTerms(query);
  let changed = false;
  for (const terms of groups) {
    for (const term of terms) {
      if (term.phrase || term.negated || !/^\p{L}{3,40}$/u.test(term.text)) continue;
      const closest = await closestSearchWord(term.text);
      if (closest) {
        term.text = inCaseOf(term.text, closest);
        changed = true;
      }
    }
  }
  if (!changed) return { hits, correctedFrom: null, query };
  const corrected = formatSearchTerms(groups);
  const correctedHits = await searchContent(corrected);
  return correctedHits.length > 0 ? { hits: correctedHits, correctedFrom: query, query: corrected } : { hits, correctedFrom: null, query };
}

/** Below this trigram similarity two words are not taken for one another ("djnago" and "django" score 0.27). */
const MIN_SIMILARITY = 0.2;

/**
 * The known word closest to `word` by trigram similarity, or null when the
 * word is known already or nothing is close. Ties go to the word nearest in
 * length, so "expres" prefers "express" to "expressive". The threshold is
 * set for this transaction only, so `%` can use the trigram index.
 */
export async function closestSearchWord(word: string): Promise<string | null> {
  const lower = word.toLowerCase();
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(MIN_SIMILARITY)}, true)`);
    return tx.execute<{ word: string }>(sql`
      select word from search_words
      where word % ${lower}
      order by similarity(word, ${lower}) desc, abs(length(word) - length(${lower})), word
      limit 1
    `);
  });
  const best = rows[0]?.word ?? null;
  return best === lower ? null : best;
}
